import { createHash } from 'node:crypto';

/** A key word from a title: lower case, letters and digits, dashes between words. */
export function slug(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return words || 'task';
}

/** Hands out keys, each once; a key asked for twice gets "-2", "-3" … */
export class KeySet {
  private readonly taken = new Set<string>();
  // The next number to try for a key, so that a page naming one task 10,000 times stays linear.
  private readonly next = new Map<string, number>();

  has(key: string): boolean {
    return this.taken.has(key);
  }

  claim(key: string): string {
    let candidate = key;
    let n = this.next.get(key) ?? 2;
    while (this.taken.has(candidate)) {
      candidate = `${key}-${n}`;
      n += 1;
    }
    this.next.set(key, n);
    this.taken.add(candidate);
    return candidate;
  }
}

const MAX_KEY = 200;

/**
 * A key short enough to index: a deep sub-task's key joins its ancestors' keys, so a long one
 * keeps its beginning and ends with a digest of the whole.
 */
export function boundKey(key: string): string {
  if (key.length <= MAX_KEY) {
    return key;
  }
  const digest = createHash('sha256').update(key).digest('hex').slice(0, 12);
  return `${key.slice(0, MAX_KEY - 13)}-${digest}`;
}
