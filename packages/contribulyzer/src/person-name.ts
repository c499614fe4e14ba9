import type { PersonRef } from './person-ref';
import { collapseWhitespace, countNameWords } from './person-ref';

/** A name candidate for a person, with how strongly and how often it is given. */
interface Candidate {
  name: string;
  rank: number;
  weight: number;
}

/**
 * The name to show for a person: a name given by `.mailmap` or COMMITTERS first, then the full
 * real name credited most often, then a one-word name, a username, a login, an address.
 * `weightOf(i)` is how many credits identity `i` carries; ties break on the name itself, so the
 * choice does not depend on the order of the history.
 */
export function chooseDisplayName(
  identities: readonly PersonRef[],
  canonicalNames: readonly string[],
  weightOf: (index: number) => number = () => 1,
): string {
  const candidates = new Map<string, Candidate>();
  const offer = (name: string | undefined, rank: number, weight: number) => {
    const clean = name === undefined ? '' : collapseWhitespace(name);
    if (clean === '') {
      return;
    }
    const existing = candidates.get(clean);
    if (existing === undefined) {
      candidates.set(clean, { name: clean, rank, weight });
    } else {
      existing.rank = Math.max(existing.rank, rank);
      existing.weight += weight;
    }
  };
  for (const name of canonicalNames) {
    offer(name, 5, 0);
  }
  identities.forEach((ref, i) => {
    const weight = weightOf(i);
    if (ref.name !== undefined) {
      offer(ref.name, countNameWords(ref.name) >= 2 ? 4 : 3, weight);
    }
    offer(ref.username, 2, weight);
    offer(ref.githubLogin, 1, weight);
    offer(ref.email ?? ref.url, 0, weight);
  });
  let best: Candidate | undefined;
  for (const candidate of candidates.values()) {
    if (best === undefined || better(candidate, best)) {
      best = candidate;
    }
  }
  return best?.name ?? 'unknown';
}

function better(x: Candidate, y: Candidate): boolean {
  if (x.rank !== y.rank) {
    return x.rank > y.rank;
  }
  if (x.weight !== y.weight) {
    return x.weight > y.weight;
  }
  return x.name < y.name;
}
