import type { Db } from './create-db';

export type CopyValue = string | number | boolean | null | undefined;

export interface CopyInput {
  table: string;
  columns: readonly string[];
  rows: readonly (readonly CopyValue[])[];
}

// The characters COPY's text format gives a meaning to, and NUL, which text cannot hold.
const SPECIAL = /[\\\n\r\t\0]/;

/**
 * A value as a COPY field. One native replace per kind of special character present: a message
 * has a dozen newlines, and a callback per match costs more than the few passes.
 */
function field(value: CopyValue): string {
  if (value === null || value === undefined) {
    return '\\N';
  }
  let text = typeof value === 'string' ? value : String(value);
  if (!SPECIAL.test(text)) {
    return text;
  }
  // The backslash first: the escapes written after it must stay as they are.
  if (text.includes('\\')) {
    text = text.replaceAll('\\', '\\\\');
  }
  if (text.includes('\n')) {
    text = text.replaceAll('\n', '\\n');
  }
  if (text.includes('\r')) {
    text = text.replaceAll('\r', '\\r');
  }
  if (text.includes('\t')) {
    text = text.replaceAll('\t', '\\t');
  }
  if (text.includes('\0')) {
    text = text.replaceAll('\0', '\ufffd');
  }
  return text;
}

/**
 * 32K characters, at most 64 KB as a string: under V8's large-object size (128 KB), so a piece
 * written and dropped is reclaimed by the young generation's cheap collections. One string per COPY (half a
 * megabyte for a batch of commits) went to the large-object space instead, where only full
 * collections reclaim it, and a long sync's heap swelled with them between those.
 */
const PIECE = 32 * 1024;

/** Rows in COPY's text format, in pieces: one line a row, fields by tabs, \N for null. */
export function* copyPieces(rows: readonly (readonly CopyValue[])[]): Generator<string> {
  let out = '';
  for (const row of rows) {
    out += `${row.map(field).join('\t')}\n`;
    if (out.length >= PIECE) {
      yield out;
      out = '';
    }
  }
  if (out !== '') {
    yield out;
  }
}

/** Rows in COPY's text format, whole. */
export function copyText(rows: readonly (readonly CopyValue[])[]): string {
  return [...copyPieces(rows)].join('');
}

interface PostgresJsClient {
  (
    strings: TemplateStringsArray,
    ...values: unknown[]
  ): { writable(): Promise<NodeJS.WritableStream> };
  unsafe(query: string): { writable(): Promise<NodeJS.WritableStream> };
}

interface PgliteClient {
  query(query: string, params: unknown[], options: { blob: Blob }): Promise<unknown>;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * Appends rows with COPY, several times faster than any INSERT for bulk loads, through the
 * transaction (or connection) `db` stands for: postgres.js streams them, PGlite reads them as a
 * blob. No ON CONFLICT: only for rows that cannot exist yet (those of items just created, or
 * whose old rows were just deleted).
 */
export async function copyRows(db: Db, input: CopyInput): Promise<void> {
  if (input.rows.length === 0) {
    return;
  }
  for (const name of [input.table, ...input.columns]) {
    if (!IDENTIFIER.test(name)) {
      throw new Error(`not a plain identifier: ${name}`);
    }
  }
  const statement = `copy ${input.table} (${input.columns.join(', ')}) from stdin`;
  // drizzle keeps the driver's client (or the transaction's) on its session.
  const client = (db as unknown as { session: { client: unknown } }).session.client;
  if (typeof client === 'function') {
    const stream = await (client as PostgresJsClient).unsafe(statement).writable();
    await writePieces(stream, copyPieces(input.rows));
    return;
  }
  await (client as PgliteClient).query(statement.replace('from stdin', "from '/dev/blob'"), [], {
    blob: new Blob([...copyPieces(input.rows)]),
  });
}

/** Writes each piece as it is made, waiting when the stream asks to, then ends it. */
async function writePieces(stream: NodeJS.WritableStream, pieces: Iterable<string>): Promise<void> {
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const finished = new Promise<void>((resolve, reject) => {
    stream.on('error', (error: Error) => {
      failure = error;
      wake?.();
      reject(error);
    });
    stream.on('finish', () => resolve());
  });
  // Rejected only when the stream fails, which the loop below sees too.
  finished.catch(() => undefined);
  for (const piece of pieces) {
    if (failure) {
      break;
    }
    if (!stream.write(piece)) {
      await new Promise<void>((resolve) => {
        wake = resolve;
        stream.once('drain', resolve);
      });
      wake = undefined;
    }
  }
  if (failure) {
    throw failure;
  }
  stream.end();
  await finished;
}
