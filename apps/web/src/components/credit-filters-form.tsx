import { type FormEvent, useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { type CreditFilters, hasCreditFilters, normalizeDay } from '../lib/credit-filters';
import { KNOWN_ROLES, roleTitle } from '../lib/roles';

/**
 * A role and a range of days: chosen here, applied by moving to the filtered list's address, so
 * a filtered ranking can be shared and Back undoes a filter.
 */
export function CreditFiltersForm({
  filters,
  href,
}: {
  filters: CreditFilters;
  href: (filters: CreditFilters) => string;
}) {
  const navigate = useNavigate();
  const id = useId();
  // What is chosen, reset whenever the address changes under it (Back, a link).
  const applied = `${filters.role}\n${filters.since}\n${filters.until}`;
  const [draft, setDraft] = useState({ ...filters, applied });
  if (draft.applied !== applied) {
    setDraft({ ...filters, applied });
  }
  const roles = KNOWN_ROLES.includes(filters.role) ? KNOWN_ROLES : [...KNOWN_ROLES, filters.role];
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigate(
      href({
        role: draft.role,
        since: normalizeDay(draft.since),
        until: normalizeDay(draft.until),
      }),
    );
  };
  return (
    <search aria-label="Filter the contributors">
      <form className="filters" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-role`}>Role</label>
          <select
            id={`${id}-role`}
            name="role"
            value={draft.role}
            onChange={(event) => setDraft({ ...draft, role: event.target.value })}
          >
            <option value="">All roles</option>
            {roles
              .filter((role) => role !== '')
              .map((role) => (
                <option key={role} value={role}>
                  {roleTitle(role)}
                </option>
              ))}
          </select>
        </div>
        <div className="field field-date">
          <label htmlFor={`${id}-since`}>From</label>
          <input
            id={`${id}-since`}
            name="since"
            type="date"
            value={draft.since}
            max={draft.until || undefined}
            onChange={(event) => setDraft({ ...draft, since: event.target.value })}
          />
        </div>
        <div className="field field-date">
          <label htmlFor={`${id}-until`}>To</label>
          <input
            id={`${id}-until`}
            name="until"
            type="date"
            value={draft.until}
            min={draft.since || undefined}
            onChange={(event) => setDraft({ ...draft, until: event.target.value })}
          />
        </div>
        <div className="filter-actions">
          <button type="submit" className="button">
            Apply
          </button>
          {hasCreditFilters(filters) && (
            <Link to={href({ role: '', since: '', until: '' })}>Clear filters</Link>
          )}
        </div>
      </form>
    </search>
  );
}
