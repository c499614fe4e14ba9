import { type CommitCredits, normalizeFieldKey } from '@moduleboard/contribulyzer';

interface Example {
  sha: string;
  line: number;
  text: string;
}

interface Tally {
  label: string;
  count: number;
  commits: number;
  lastSha: string;
  examples: Example[];
}

const EXAMPLES = 3;

/**
 * Gathers what the parser could not credit over a whole run (unrecognised fields, values that
 * name nobody, lines and credits beyond the caps), so one short summary can say it at the end.
 */
export class RunReport {
  private readonly unrecognised = new Map<string, Tally>();
  private readonly skipped = new Map<string, Tally>();
  private omitted = 0;

  add(sha: string, credits: CommitCredits): void {
    for (const field of credits.unrecognised) {
      note(this.unrecognised, normalizeFieldKey(field.key), field.key, sha, field);
    }
    for (const part of credits.skipped) {
      note(this.skipped, part.reason, part.reason, sha, part);
    }
    this.omitted += credits.omittedReports;
  }

  /** Lines for standard error; empty when everything was credited. */
  summary(): string[] {
    const lines: string[] = [];
    const fields = [...this.unrecognised.values()].sort((a, b) => b.count - a.count);
    if (fields.length > 0) {
      lines.push(
        `unrecognised fields (not credited): ${fields.map((f) => `${f.label} ×${f.count}`).join(', ')}`,
      );
      for (const field of fields.slice(0, 5)) {
        lines.push(...examples(field));
      }
    }
    for (const [reason, tally] of this.skipped) {
      lines.push(
        `skipped, ${SKIP_WORDS[reason] ?? reason}: ${tally.count} in ${tally.commits} commits`,
      );
      lines.push(...examples(tally));
    }
    if (this.omitted > 0) {
      lines.push(`${this.omitted} more reports left out by the per-message limit`);
    }
    return lines;
  }
}

const SKIP_WORDS: Record<string, string> = {
  'not-a-person': 'values that name nobody',
  'line-too-long': 'lines too long to be a field',
  'credit-limit': 'messages with more credits than the limit',
};

function note(
  map: Map<string, Tally>,
  key: string,
  label: string,
  sha: string,
  found: { line: number; text: string },
): void {
  let tally = map.get(key);
  if (tally === undefined) {
    tally = { label, count: 0, commits: 0, lastSha: '', examples: [] };
    map.set(key, tally);
  }
  tally.count += 1;
  if (tally.lastSha === sha) {
    return;
  }
  tally.lastSha = sha;
  tally.commits += 1;
  if (tally.examples.length < EXAMPLES) {
    tally.examples.push({ sha, line: found.line, text: found.text });
  }
}

function examples(tally: Tally): string[] {
  return tally.examples.map((e) => `  ${e.sha.slice(0, 10)} line ${e.line}: ${e.text}`);
}
