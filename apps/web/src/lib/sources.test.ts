import { describe, expect, it } from 'vitest';
import { describeNextRun, healthWords, summarizeHealth } from './sources';

describe('summarizeHealth', () => {
  it('puts the sources that need attention first', () => {
    expect(
      summarizeHealth([
        { health: 'OK' },
        { health: 'FAILING' },
        { health: 'NEVER_SYNCED' },
        { health: 'FAILING' },
      ]),
    ).toBe('2 failing · 1 never synced · 4 sources');
  });

  it('only counts sources that are fine, and the project’s own tracker', () => {
    expect(summarizeHealth([{ health: 'OK' }])).toBe('1 source');
    expect(summarizeHealth([{ health: 'OK' }, { health: 'NATIVE' }])).toBe('2 sources');
    expect(summarizeHealth([])).toBe('0 sources');
  });
});

describe('healthWords', () => {
  it('says each health in words', () => {
    expect(healthWords('NEVER_SYNCED').label).toBe('Never synced');
    expect(healthWords('FAILING').label).toBe('Failing');
  });

  it('does not call the project’s own tracker unsynced', () => {
    expect(healthWords('NATIVE').label).toBe('Made here');
  });
});

describe('describeNextRun', () => {
  const now = new Date('2025-06-15T12:00:00Z');

  it('is due when its time has passed', () => {
    expect(describeNextRun('2025-06-15T11:59:00Z', now)?.due).toBe(true);
    expect(describeNextRun('2025-06-15T12:15:00Z', now)?.due).toBe(false);
  });

  it('is nothing without a date', () => {
    expect(describeNextRun(null, now)).toBeNull();
    expect(describeNextRun('soon', now)).toBeNull();
  });
});
