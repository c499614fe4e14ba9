import type { SourceHealth, SourceKind } from '../generated/graphql';

export interface HealthWords {
  /** For the badge's class. */
  key: string;
  label: string;
  title: string;
}

const HEALTH: Record<SourceHealth, HealthWords> = {
  OK: { key: 'ok', label: 'OK', title: 'Its last sync succeeded' },
  FAILING: {
    key: 'failing',
    label: 'Failing',
    title: 'Its last sync failed; it is tried again at its next run',
  },
  NEVER_SYNCED: { key: 'never-synced', label: 'Never synced', title: 'It has not been synced yet' },
  SYNCING: { key: 'syncing', label: 'Syncing', title: 'A sync is running now' },
  NATIVE: {
    key: 'native',
    label: 'Made here',
    title: 'The project’s own items, written in Moduleboard: there is nothing to sync',
  },
};

/** A source's health in words (the badge's colour only repeats them). */
export function healthWords(health: SourceHealth): HealthWords {
  return HEALTH[health];
}

const KINDS: Record<SourceKind, string> = {
  GIT: 'Git',
  GITHUB: 'GitHub',
  FEED: 'Feed',
  NATIVE: 'Native',
};

export function sourceKindLabel(kind: SourceKind): string {
  return KINDS[kind];
}

/**
 * One line about a project's sources, worst news first: "1 failing · 3 sources". Sources that
 * are fine, and the project's own tracker, are only counted.
 */
export function summarizeHealth(sources: readonly { health: SourceHealth }[]): string {
  const count = (health: SourceHealth) => sources.filter((s) => s.health === health).length;
  const parts = [
    [count('FAILING'), 'failing'],
    [count('SYNCING'), 'syncing'],
    [count('NEVER_SYNCED'), 'never synced'],
  ] as const;
  const total = `${sources.length} ${sources.length === 1 ? 'source' : 'sources'}`;
  return [...parts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`), total].join(' · ');
}

/** When a source runs next, or that it is due: a next run in the past has not started yet. */
export function describeNextRun(
  nextRunAt: string | null,
  now: Date,
): { due: boolean; date: Date } | null {
  if (!nextRunAt) {
    return null;
  }
  const date = new Date(nextRunAt);
  if (Number.isNaN(date.getTime())) {
    return null;
  }
  return { due: date.getTime() <= now.getTime(), date };
}
