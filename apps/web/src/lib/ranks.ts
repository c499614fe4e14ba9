/**
 * Ranks of a list already sorted by score, highest first, ties sharing a rank and the next rank
 * skipping as many ("1, 2, 2, 4"): equal work, equal place, whatever the names' order.
 */
export function rankByScore(scores: readonly number[]): number[] {
  const ranks: number[] = [];
  scores.forEach((score, index) => {
    const previous = ranks[index - 1];
    ranks.push(previous !== undefined && scores[index - 1] === score ? previous : index + 1);
  });
  return ranks;
}

const whole = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** A score as read: "42", "2.5" (a project may weigh a role by a fraction). */
export function formatScore(score: number): string {
  return whole.format(score);
}

/**
 * The ranking's status line: "12 contributors, ranked by score.", "25 of 140 contributors
 * (reviews), ranked by score.", "No one is credited (reviews)."
 */
export function describeRanking({
  shown,
  total,
  filter,
}: {
  shown: number;
  total: number;
  /** The filters in words, "" for none. */
  filter: string;
}): string {
  const scope = filter ? ` (${filter})` : '';
  if (total === 0) {
    return filter ? `No one is credited${scope}.` : 'No one is credited yet.';
  }
  const people = `${total} ${total === 1 ? 'contributor' : 'contributors'}`;
  return `${shown < total ? `${shown} of ${people}` : people}${scope}, ranked by score.`;
}
