import type { CommitCredits } from '@moduleboard/contribulyzer';

// A hostile history can name thousands of distinct unknown fields: past this many kinds of note
// in one batch, the rest are counted together.
const MAX_KINDS = 50;
const OTHER = 'other notes';

const SKIPPED: Record<string, string> = {
  'not-a-person': 'credit text naming nobody',
  'line-too-long': 'credit line too long to read',
  'credit-limit': 'credits past the limit of one message',
};

/** What the crediting of one batch of commits read but could not use, counted by kind. */
export class SyncNotes {
  #counts = new Map<string, number>();

  addCredits(credited: CommitCredits | undefined): void {
    if (credited === undefined) {
      return;
    }
    for (const field of credited.unrecognised) {
      this.#add(`unrecognised field "${field.key.slice(0, 60)}"`);
    }
    for (const part of credited.skipped) {
      this.#add(SKIPPED[part.reason] ?? `skipped (${part.reason})`);
    }
    if (credited.omittedReports > 0) {
      this.#add('further unread parts, not itemised', credited.omittedReports);
    }
  }

  /** The counts so far, or undefined when there is nothing to report. */
  take(): Record<string, number> | undefined {
    return this.#counts.size === 0 ? undefined : Object.fromEntries(this.#counts);
  }

  #add(kind: string, count = 1): void {
    const key = this.#counts.has(kind) || this.#counts.size < MAX_KINDS ? kind : OTHER;
    this.#counts.set(key, (this.#counts.get(key) ?? 0) + count);
  }
}
