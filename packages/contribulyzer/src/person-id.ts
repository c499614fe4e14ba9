// FNV-1a with a final avalanche, run twice with different seeds: 64 bits, so ids of a history's
// people do not collide in practice, with no dependency and the same result on every platform.
function hash32(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A person's stable id: a short hash of the smallest identity key among the person's identities,
 * so it depends on who the person is, not on the order the history was read in.
 */
export function stablePersonId(smallestIdentityKey: string): string {
  const high = hash32(smallestIdentityKey, 0x811c9dc5).toString(16).padStart(8, '0');
  const low = hash32(smallestIdentityKey, 0x9747b28c).toString(16).padStart(8, '0');
  return `${high}${low}`;
}
