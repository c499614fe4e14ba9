import { readFile } from 'node:fs/promises';
import { runGit } from '@moduleboard/connectors/git';
import {
  type CommitterEntry,
  type Committers,
  type CreditConfig,
  createCommitters,
  createMailmap,
  defaultCreditConfig,
  type Mailmap,
  type MailmapEntry,
  parseCommitters,
  parseCreditConfig,
  parseMailmap,
  type UndoneMerge,
} from '@moduleboard/contribulyzer';
import type { CreditsOptions } from './options';
import { UsageError } from './usage-error';

/** Everything besides the history that decides who is credited and who is who. */
export interface CreditSources {
  config: CreditConfig;
  mailmap: Mailmap | undefined;
  committers: Committers | undefined;
  undone: UndoneMerge[];
  /** What was read, for the summary on standard error. */
  notes: string[];
}

/**
 * Reads the repository's own `.mailmap` and `COMMITTERS` at `head` (when present), then the
 * files named on the command line, which add to them (a later mailmap line wins, as in git).
 */
export async function loadCreditSources(
  options: CreditsOptions,
  head: string,
): Promise<CreditSources> {
  const notes: string[] = [];
  const mailmapEntries: MailmapEntry[] = [];
  const committerEntries: CommitterEntry[] = [];
  // Both at once: each is a git process that mostly waits to start.
  const [repoMailmap, repoCommitters] = await Promise.all([
    readFromHead(options.dir, head, '.mailmap'),
    readFromHead(options.dir, head, 'COMMITTERS'),
  ]);
  if (repoMailmap !== undefined) {
    mailmapEntries.push(...parseMailmap(repoMailmap, '.mailmap'));
    notes.push(`.mailmap at HEAD: ${mailmapEntries.length} entries`);
  }
  if (repoCommitters !== undefined) {
    committerEntries.push(...parseCommitters(repoCommitters, 'COMMITTERS'));
    notes.push(`COMMITTERS at HEAD: ${committerEntries.length} entries`);
  }
  if (options.mailmap !== undefined) {
    const entries = parseMailmap(await readOptionFile('mailmap', options.mailmap), options.mailmap);
    mailmapEntries.push(...entries);
    notes.push(`${options.mailmap}: ${entries.length} mailmap entries`);
  }
  if (options.committers !== undefined) {
    const text = await readOptionFile('committers', options.committers);
    const entries = parseCommitters(text, options.committers);
    committerEntries.push(...entries);
    notes.push(`${options.committers}: ${entries.length} committers`);
  }
  return {
    config: options.roles === undefined ? defaultCreditConfig : await loadRoles(options.roles),
    mailmap: mailmapEntries.length > 0 ? createMailmap(mailmapEntries) : undefined,
    committers: committerEntries.length > 0 ? createCommitters(committerEntries) : undefined,
    undone: options.undo === undefined ? [] : await loadUndone(options.undo),
    notes,
  };
}

async function readFromHead(dir: string, head: string, path: string): Promise<string | undefined> {
  try {
    return await runGit({ dir, args: ['show', `${head}:${path}`] });
  } catch {
    // Most repositories have neither file; a missing one is not worth a word.
    return undefined;
  }
}

async function readOptionFile(flag: string, path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(error);
    throw new UsageError(`cannot read --${flag} ${path}: ${reason}`);
  }
}

async function readJson(flag: string, path: string): Promise<unknown> {
  const text = await readOptionFile(flag, path);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`--${flag} ${path} is not JSON: ${(error as Error).message}`);
  }
}

async function loadRoles(path: string): Promise<CreditConfig> {
  const result = parseCreditConfig(await readJson('roles', path));
  if (!result.ok) {
    throw new UsageError(`--roles ${path}:\n  ${result.errors.join('\n  ')}`);
  }
  return result.config;
}

async function loadUndone(path: string): Promise<UndoneMerge[]> {
  const value = await readJson('undo', path);
  const list = Array.isArray(value) ? value : undefined;
  const undone: UndoneMerge[] = [];
  for (const [i, entry] of (list ?? []).entries()) {
    const record = entry as Record<string, unknown> | null;
    if (typeof record?.a !== 'string' || typeof record.b !== 'string') {
      throw new UsageError(`--undo ${path}: entry ${i + 1} needs "a" and "b" identity keys`);
    }
    undone.push({ a: record.a, b: record.b });
  }
  if (list === undefined) {
    throw new UsageError(`--undo ${path} must hold a JSON list of merges, as --merges writes them`);
  }
  return undone;
}
