import { ContributorsPanel } from '../../components/contributors-panel';
import type { CreditFilters } from '../../lib/credit-filters';
import { moduleViewHref } from '../../lib/module-views';
import type { ModuleRef } from './module-ref';

/** Who is credited on the module's changes (and its submodules'), ranked, with their activity. */
export function ContributorsView({
  module,
  filters,
}: {
  module: ModuleRef;
  filters: CreditFilters;
}) {
  return (
    <section aria-labelledby="contributors-title" className="view">
      <h2 id="contributors-title" className="visually-hidden">
        Contributors
      </h2>
      <ContributorsPanel
        project={module.project}
        modulePath={module.path}
        filters={filters}
        href={(credits) =>
          moduleViewHref(module.project, module.path, { view: 'contributors', credits })
        }
        headingLevel={3}
      />
    </section>
  );
}
