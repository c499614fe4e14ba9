/**
 * Credit roles in words. The names are the crediting rules' defaults; a project may add roles
 * of its own, which are shown by their name.
 */
interface RoleWords {
  /** After a count of one: "1 patch". */
  one: string;
  /** After any other count: "19 patches". */
  many: string;
  /** A heading or an option: "Patches". */
  title: string;
}

const ROLES: Record<string, RoleWords> = {
  patch: { one: 'patch', many: 'patches', title: 'Patches' },
  coauthor: { one: 'co-authored', many: 'co-authored', title: 'Co-authored' },
  review: { one: 'review', many: 'reviews', title: 'Reviews' },
  found: { one: 'found', many: 'found', title: 'Found' },
  suggested: { one: 'suggested', many: 'suggested', title: 'Suggested' },
  inspired: { one: 'inspired', many: 'inspired', title: 'Inspired' },
  tested: { one: 'tested', many: 'tested', title: 'Tested' },
  acked: { one: 'ack', many: 'acks', title: 'Acks' },
  helped: { one: 'helped', many: 'helped', title: 'Helped' },
  mentored: { one: 'mentored', many: 'mentored', title: 'Mentored' },
  signoff: { one: 'sign-off', many: 'sign-offs', title: 'Sign-offs' },
};

/** The default roles, in the order of the crediting rules (for the role filter). */
export const KNOWN_ROLES: readonly string[] = Object.keys(ROLES);

function wordsOf(role: string): RoleWords {
  const known = Object.hasOwn(ROLES, role) ? ROLES[role] : undefined;
  if (known) {
    return known;
  }
  const title = role.charAt(0).toUpperCase() + role.slice(1);
  return { one: role, many: role, title };
}

/** "1 patch", "19 patches", "1 found". */
export function countRole(role: string, count: number): string {
  const words = wordsOf(role);
  return `${count} ${count === 1 ? words.one : words.many}`;
}

/** A role as a heading or an option: "Reviews". */
export function roleTitle(role: string): string {
  return wordsOf(role).title;
}

/**
 * Counts per role in one line, in the order given (the server's: most first): "19 patches,
 * 4 reviews, 1 found". Roles counted zero times are left out.
 */
export function describeRoles(roles: readonly { role: string; count: number }[]): string {
  const counted = roles.filter((r) => r.count > 0).map((r) => countRole(r.role, r.count));
  return counted.length > 0 ? counted.join(', ') : 'no credits';
}

const IMPLIED: Record<string, string> = {
  patch: 'The author of the change',
  coauthor: 'An author of the change',
  found: 'Reported it',
  review: 'Reviewed it',
  tested: 'Tested it',
};

/**
 * A credit no message line gave (its `rawLine` is empty): the tracker's own record says so,
 * such as a commit's author, an issue's reporter or a pull request's reviewer.
 */
export function describeImpliedCredit(role: string): string {
  return (Object.hasOwn(IMPLIED, role) ? IMPLIED[role] : undefined) ?? 'From the tracker’s records';
}
