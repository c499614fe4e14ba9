import { type Db, queryRows } from '@moduleboard/db';
import { sql } from 'drizzle-orm';
import { textArray } from '../shared/sql';

export type ReferenceKind = 'issue' | 'closes' | 'external';

export interface Reference {
  /** As written: "#123", "gh-123", "bpo-123", "Fixes: #12". */
  text: string;
  number: number;
  kind: ReferenceKind;
  /** "bpo" for bugs.python.org and other trackers Moduleboard does not follow. */
  tracker: string | null;
}

// "Fixes: #12", "Closes #12", "Resolves gh-12": the change closes the issue.
const CLOSING = /\b(close[sd]?|fix(?:e[sd])?|resolve[sd]?)\b:?\s+(?:#|gh-)(\d{1,9})\b/gi;
const GITHUB = /(?<![\w/&#-])(?:#|gh-|GH-)(\d{1,9})\b/g;
const URL = /https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/(?:issues|pull)\/(\d{1,9})\b/g;
const OTHER = /\b(bpo)-(\d{1,9})\b/gi;

/** The issues a commit message names, each once, closing references first. */
export function parseReferences(message: string): Reference[] {
  const text = message.slice(0, 64 * 1024);
  const seen = new Map<string, Reference>();
  const add = (ref: Reference) => {
    const key = `${ref.tracker ?? 'gh'}:${ref.number}`;
    const known = seen.get(key);
    if (!known || (ref.kind === 'closes' && known.kind !== 'closes')) {
      seen.set(key, ref);
    }
  };
  for (const m of text.matchAll(CLOSING)) {
    add({ text: m[0], number: Number(m[2]), kind: 'closes', tracker: null });
  }
  for (const m of text.matchAll(GITHUB)) {
    add({ text: m[0], number: Number(m[1]), kind: 'issue', tracker: null });
  }
  for (const m of text.matchAll(URL)) {
    add({ text: m[0], number: Number(m[1]), kind: 'issue', tracker: null });
  }
  for (const m of text.matchAll(OTHER)) {
    add({
      text: m[0],
      number: Number(m[2]),
      kind: 'external',
      tracker: (m[1] ?? '').toLowerCase(),
    });
  }
  return [...seen.values()];
}

/**
 * Item ids of the GitHub issues and pull requests of a project with these numbers (from any
 * GitHub source of the project), by number.
 */
export async function findNumberedItems(
  db: Db,
  input: { projectId: number; numbers: number[] },
): Promise<Map<number, number>> {
  if (input.numbers.length === 0) {
    return new Map();
  }
  const ids = input.numbers.flatMap((n) => [`issue:${n}`, `pull:${n}`]);
  const rows = await queryRows<{ id: number | string; external_id: string }>(
    db,
    sql`select i.id, i.external_id from items i join sources s on s.id = i.source_id
        where i.project_id = ${input.projectId} and s.kind = 'github'
          and i.external_id = any(${textArray(ids)})
        order by i.id`,
  );
  const found = new Map<number, number>();
  for (const row of rows) {
    const number = Number(row.external_id.split(':')[1]);
    if (!found.has(number)) {
      found.set(number, Number(row.id));
    }
  }
  return found;
}

/** The pull requests (or other items) that list this commit among their changes. */
export async function itemsLinkingChange(
  db: Db,
  input: { projectId: number; sha: string },
): Promise<number[]> {
  const rows = await queryRows<{ id: number | string }>(
    db,
    sql`select id from items where project_id = ${input.projectId}
        and data ? 'linkedChanges' and data->'linkedChanges' ? ${input.sha} order by id`,
  );
  return rows.map((r) => Number(r.id));
}
