import type { PersonRef } from './person-ref';

/**
 * A copy of a string that shares no memory with the text it was cut from. Strings read from a
 * stream are slices of large chunks: keeping one slice per commit would keep the whole history.
 */
export function detach(text: string): string {
  // Concatenation then slicing makes the engine copy the characters into a string of their own.
  return ` ${text}`.slice(1);
}

export function detachRef(ref: PersonRef): PersonRef {
  const out: PersonRef = {};
  for (const field of ['name', 'email', 'username', 'githubLogin', 'url'] as const) {
    const value = ref[field];
    if (value !== undefined) {
      out[field] = detach(value);
    }
  }
  return out;
}
