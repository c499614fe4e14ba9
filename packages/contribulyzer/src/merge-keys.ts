import type { Committers } from './committers';
import type { Mailmap } from './mailmap';
import type { PersonRef } from './person-ref';
import { collapseWhitespace, countNameWords, foldName, normalizePersonRef } from './person-ref';

/** Why two identities were taken for one person. */
export type MergeReason = 'mailmap' | 'committers' | 'email' | 'github' | 'username' | 'name';

/**
 * A key two identities of one person share. Identities holding the same `key` merge; `reason`
 * and `detail` say why, for review.
 */
export interface MergeKey {
  key: string;
  reason: MergeReason;
  detail: string;
}

/** The files that add merge keys beyond an identity's own fields. */
export interface MergeSources {
  mailmap?: Mailmap | undefined;
  committers?: Committers | undefined;
}

/** Stronger reasons first: an edge between two identities records the strongest one they share. */
export const MERGE_REASON_ORDER: readonly MergeReason[] = [
  'mailmap',
  'committers',
  'email',
  'github',
  'username',
  'name',
];

/**
 * The merge keys of an identity: its address, GitHub login, username and full name (two words or
 * more; a one-word name never merges by name), plus what a `.mailmap` entry or a COMMITTERS line
 * says about it. Sorted by strength of reason, then key.
 */
export function mergeKeysOf(ref: PersonRef, sources: MergeSources = {}): MergeKey[] {
  const n = normalizePersonRef(ref);
  const keys = new Map<string, MergeKey>();
  // An identity's own fields come first and win: a file's say-so only adds keys it lacks.
  const add = (key: string, reason: MergeReason, detail: string) => {
    if (!keys.has(key)) {
      keys.set(key, { key, reason, detail });
    }
  };
  if (n.email !== undefined) {
    add(`email:${n.email}`, 'email', `same e-mail address ${n.email}`);
  }
  if (n.githubLogin !== undefined) {
    add(`github:${n.githubLogin}`, 'github', `same GitHub login ${n.githubLogin}`);
  }
  if (n.username !== undefined) {
    add(`username:${n.username}`, 'username', `same username ${n.username}`);
  }
  if (n.name !== undefined && countNameWords(n.name) >= 2) {
    add(`name:${foldName(n.name)}`, 'name', `same name "${n.name}"`);
  }
  const entry = sources.mailmap?.lookup(ref.name, ref.email);
  if (entry !== undefined) {
    const detail = `${entry.source}: ${entry.text}`;
    if (entry.properEmail) {
      add(`email:${entry.properEmail.toLowerCase()}`, 'mailmap', detail);
    }
    if (entry.properName) {
      // An explicit entry may map to a one-word name too, so it gets its own namespace.
      add(`mailmap-name:${foldName(entry.properName)}`, 'mailmap', detail);
      if (countNameWords(entry.properName) >= 2) {
        add(`name:${foldName(entry.properName)}`, 'mailmap', detail);
      }
    }
  }
  const committer =
    (n.username === undefined ? undefined : sources.committers?.byUsername(n.username)) ??
    (n.email === undefined ? undefined : sources.committers?.byEmail(n.email));
  if (committer !== undefined) {
    const detail = `${committer.source}: ${committer.text}`;
    add(`username:${committer.username.toLowerCase()}`, 'committers', detail);
    add(`email:${committer.email.toLowerCase()}`, 'committers', detail);
    if (countNameWords(committer.name) >= 2) {
      add(`name:${foldName(committer.name)}`, 'committers', detail);
    }
  }
  return [...keys.values()].sort(
    (a, b) =>
      MERGE_REASON_ORDER.indexOf(a.reason) - MERGE_REASON_ORDER.indexOf(b.reason) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** The proper name a `.mailmap` entry or a COMMITTERS line gives an identity, if any. */
export function canonicalNameOf(ref: PersonRef, sources: MergeSources = {}): string | undefined {
  const entry = sources.mailmap?.lookup(ref.name, ref.email);
  if (entry?.properName) {
    return collapseWhitespace(entry.properName);
  }
  const n = normalizePersonRef(ref);
  const committer =
    (n.username === undefined ? undefined : sources.committers?.byUsername(n.username)) ??
    (n.email === undefined ? undefined : sources.committers?.byEmail(n.email));
  return committer?.name;
}
