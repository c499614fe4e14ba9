// How counts read in a sentence: "19 patches, 4 reviews, 1 found". Roles a project adds read
// as their own name.
const LABELS: Readonly<Record<string, readonly [string, string]>> = {
  patch: ['patch', 'patches'],
  coauthor: ['co-authored', 'co-authored'],
  review: ['review', 'reviews'],
  found: ['found', 'found'],
  suggested: ['suggestion', 'suggestions'],
  inspired: ['inspired', 'inspired'],
  tested: ['tested', 'tested'],
  acked: ['ack', 'acks'],
  helped: ['helped', 'helped'],
  mentored: ['mentored', 'mentored'],
  signoff: ['sign-off', 'sign-offs'],
};

/** "19 patches" */
export function describeCount(role: string, count: number): string {
  const [one, many] = LABELS[role] ?? [role, role];
  return `${count} ${count === 1 ? one : many}`;
}

/** "19 patches, 4 reviews, 1 found", in the order of the roles given. */
export function describeRoles(roles: Readonly<Record<string, number>>): string {
  return Object.entries(roles)
    .map(([role, count]) => describeCount(role, count))
    .join(', ');
}

/** A heading for a role's table: "Patches", "Co-authored". */
export function roleHeading(role: string): string {
  const [, many] = LABELS[role] ?? [role, role];
  return many.charAt(0).toUpperCase() + many.slice(1);
}
