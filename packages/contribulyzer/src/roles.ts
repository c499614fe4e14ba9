/** What a field key means: the roles it credits, or that it is a known field that credits nobody. */
export type FieldRule = { kind: 'credit'; roles: readonly string[] } | { kind: 'ignored' };

/** The role vocabulary and field aliases, ready for the parser. Build it with `createCreditConfig`. */
export interface CreditConfig {
  /** Role names in display order, each with its weight in the score. */
  readonly roles: ReadonlyMap<string, number>;
  /** Normalized field key (see `normalizeFieldKey`) to what it means. */
  readonly fields: ReadonlyMap<string, FieldRule>;
  /** The role a commit's author gets when the message names no one in that role. */
  readonly authorRole: string;
  /**
   * Finds the places a known or `X by:` key can end. Global and sticky-free; the parser resets
   * `lastIndex` before each use, so one config can serve every message of a run.
   */
  readonly keyEndPattern: RegExp;
}

/** What a project may change; everything left out keeps the defaults of the crediting rules. */
export interface CreditConfigInput {
  /** Extra roles or new weights for existing ones. */
  roles?: Record<string, number> | undefined;
  /** Extra field aliases: `{ "Requested by": "suggested" }`; a key may credit several roles. */
  fields?: Record<string, string | readonly string[]> | undefined;
  /** Extra keys that are fields but credit nobody. */
  ignored?: readonly string[] | undefined;
}

const DEFAULT_ROLES: ReadonlyArray<readonly [string, number]> = [
  ['patch', 2],
  ['coauthor', 2],
  ['review', 1],
  ['found', 1],
  ['suggested', 1],
  ['inspired', 1],
  ['tested', 1],
  ['acked', 1],
  ['helped', 1],
  ['mentored', 1],
  ['signoff', 0],
];

const DEFAULT_FIELDS: Readonly<Record<string, readonly string[]>> = {
  'Patch by': ['patch'],
  'Co-authored-by': ['coauthor'],
  'Co-developed-by': ['coauthor'],
  'Review by': ['review'],
  'Reviewed by': ['review'],
  'Found by': ['found'],
  'Reported by': ['found'],
  'Suggested by': ['suggested'],
  'Inspired by': ['inspired'],
  'Tested by': ['tested'],
  'Reported-and-tested-by': ['found', 'tested'],
  'Acked-by': ['acked'],
  'Helped-by': ['helped'],
  'Mentored-by': ['mentored'],
  'Signed-off-by': ['signoff'],
};

// `Approved by:` records backport votes; `Cc:` and `Closes:` are routing, not credit.
const DEFAULT_IGNORED = ['Approved by', 'Cc', 'Closes'];

// Bit masks in the tally hold one bit per role.
const MAX_ROLES = 31;

/**
 * Folds the Subversion form (`Reviewed by`) and the trailer form (`Reviewed-by`) of a key, in any
 * case, to one lookup key: `reviewed-by`.
 */
export function normalizeFieldKey(key: string): string {
  return key
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '-');
}

/** Builds a configuration from the defaults plus a project's additions; throws on a bad input. */
export function createCreditConfig(input: CreditConfigInput = {}): CreditConfig {
  const roles = new Map<string, number>(DEFAULT_ROLES);
  for (const [role, weight] of Object.entries(input.roles ?? {})) {
    if (!/^[a-z][a-z0-9-]*$/.test(role)) {
      throw new TypeError(`role "${role}" must be lowercase letters, digits and hyphens`);
    }
    if (!Number.isFinite(weight) || weight < 0) {
      throw new TypeError(`role "${role}" needs a weight of zero or more`);
    }
    roles.set(role, weight);
  }
  if (roles.size > MAX_ROLES) {
    throw new TypeError(`at most ${MAX_ROLES} roles are supported`);
  }
  const fields = new Map<string, FieldRule>();
  const addField = (key: string, value: string | readonly string[]) => {
    const list = typeof value === 'string' ? [value] : value;
    if (list.length === 0) {
      throw new TypeError(`field "${key}" names no role`);
    }
    for (const role of list) {
      if (!roles.has(role)) {
        throw new TypeError(`field "${key}" names the unknown role "${role}"`);
      }
    }
    fields.set(checkedKey(key), { kind: 'credit', roles: [...new Set(list)] });
  };
  for (const [key, value] of Object.entries(DEFAULT_FIELDS)) {
    addField(key, value);
  }
  for (const key of DEFAULT_IGNORED) {
    fields.set(checkedKey(key), { kind: 'ignored' });
  }
  for (const [key, value] of Object.entries(input.fields ?? {})) {
    addField(key, value);
  }
  for (const key of input.ignored ?? []) {
    fields.set(checkedKey(key), { kind: 'ignored' });
  }
  return { roles, fields, authorRole: 'patch', keyEndPattern: buildKeyEndPattern(fields) };
}

function checkedKey(key: string): string {
  const normalized = normalizeFieldKey(key);
  if (!/^[a-z0-9][a-z0-9-]*[a-z0-9]$/.test(normalized) || normalized.length > 60) {
    throw new TypeError(`field key "${key}" must be a word or hyphenated words`);
  }
  return normalized;
}

/**
 * One cheap search finds every candidate field line: the last two letters of each credit key
 * followed by a colon (`by:` covers every default key and every unrecognised `X by:` field).
 */
function buildKeyEndPattern(fields: ReadonlyMap<string, FieldRule>): RegExp {
  const endings = new Set<string>(['by']);
  for (const [key, rule] of fields) {
    if (rule.kind === 'credit') {
      endings.add(key.slice(-2));
    }
  }
  const alternatives = [...endings].sort().map((e) => e.replace(/-/g, '\\-'));
  return new RegExp(`(?:${alternatives.join('|')}):`, 'gi');
}

/** The configuration of the crediting rules, unchanged. */
export const defaultCreditConfig: CreditConfig = createCreditConfig();

/**
 * Reads a project's role configuration from parsed JSON (`{ roles, fields, ignored }`), saying
 * what is wrong instead of throwing.
 */
export function parseCreditConfig(
  value: unknown,
): { ok: true; config: CreditConfig } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, errors: ['the role configuration must be an object'] };
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key !== 'roles' && key !== 'fields' && key !== 'ignored') {
      errors.push(`unknown setting "${key}" (expected roles, fields, ignored)`);
    }
  }
  const input: CreditConfigInput = {};
  const roles = readRecord(record.roles, 'roles', errors);
  if (roles) {
    input.roles = {};
    for (const [role, weight] of Object.entries(roles)) {
      if (typeof weight === 'number') {
        input.roles[role] = weight;
      } else {
        errors.push(`roles.${role} must be a number`);
      }
    }
  }
  const fields = readRecord(record.fields, 'fields', errors);
  if (fields) {
    input.fields = {};
    for (const [key, roleList] of Object.entries(fields)) {
      if (typeof roleList === 'string' || isStringArray(roleList)) {
        input.fields[key] = roleList;
      } else {
        errors.push(`fields["${key}"] must be a role name or a list of role names`);
      }
    }
  }
  if (record.ignored !== undefined) {
    if (isStringArray(record.ignored)) {
      input.ignored = record.ignored;
    } else {
      errors.push('ignored must be a list of field keys');
    }
  }
  if (errors.length > 0) {
    return { ok: false, errors };
  }
  try {
    return { ok: true, config: createCreditConfig(input) };
  } catch (error) {
    return { ok: false, errors: [error instanceof Error ? error.message : String(error)] };
  }
}

function readRecord(
  value: unknown,
  name: string,
  errors: string[],
): Record<string, unknown> | undefined {
  if (value === undefined) {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    errors.push(`${name} must be an object`);
    return undefined;
  }
  return value as Record<string, unknown>;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}
