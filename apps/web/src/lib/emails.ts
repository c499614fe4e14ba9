// Bounded runs: a long line without an address costs at most 64 steps per character.
const ADDRESS = /([A-Za-z0-9._%+-]{1,64})@([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+)/g;

/**
 * Hides e-mail addresses in published text as the contributor pages always have, and as the
 * API writes contributors' own addresses: `jane@example.org` is `jane {_AT_} example.org`.
 */
export function obfuscateEmails(text: string): string {
  return text.includes('@') ? text.replace(ADDRESS, '$1 {_AT_} $2') : text;
}
