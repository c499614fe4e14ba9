import type { NormalizedItem } from '@moduleboard/connectors/types';
import { describe, expect, it } from 'vitest';
import {
  type ExistingRow,
  ITEM_COLUMNS,
  itemRow,
  latestPerExternalId,
  personLabel,
} from './item-row';

const at = (day: number) => new Date(Date.UTC(2024, 0, day));

function item(fields: Partial<NormalizedItem> = {}): NormalizedItem {
  return {
    externalId: 'issue:1',
    kind: 'BUG',
    title: 'Crash on start',
    status: 'OPEN',
    createdAt: at(1),
    updatedAt: at(2),
    ...fields,
  };
}

const stored: ExistingRow = {
  id: 7,
  external_id: 'issue:1',
  status: 'OPEN',
  digest: 'old',
  updated_at: at(1).toISOString(),
  linked_changes: ['abc123'],
};

describe('itemRow', () => {
  it('fills every column COPY sends, nulls for what the item does not say', () => {
    const row = itemRow({ item: item(), digest: 'd1', before: undefined }, new Map());
    expect(Object.keys(row).sort()).toEqual([...ITEM_COLUMNS].sort());
    expect(row).toMatchObject({
      external_id: 'issue:1',
      url: null,
      author: null,
      priority: null,
      milestone_id: null,
      digest: 'd1',
      created_at: '2024-01-01T00:00:00.000Z',
      updated_at: '2024-01-02T00:00:00.000Z',
      data: {},
    });
  });

  it('resolves the milestone by title, and leaves an unknown one empty', () => {
    const milestones = new Map([['v1.0', 42]]);
    const known = itemRow(
      { item: item({ milestone: 'v1.0' }), digest: 'd', before: undefined },
      milestones,
    );
    const unknown = itemRow(
      { item: item({ milestone: 'v9' }), digest: 'd', before: undefined },
      milestones,
    );
    expect([known.milestone_id, unknown.milestone_id]).toEqual([42, null]);
  });

  it('keeps labels, explicit modules, links and the body format in data', () => {
    const row = itemRow(
      {
        item: item({
          data: { number: 1 },
          labels: ['crash'],
          modules: ['core'],
          linkedChanges: ['f00'],
          bodyFormat: 'html',
        }),
        digest: 'd',
        before: undefined,
      },
      new Map(),
    );
    expect(row.data).toEqual({
      number: 1,
      labels: ['crash'],
      modules: ['core'],
      linkedChanges: ['f00'],
      bodyFormat: 'html',
    });
  });

  it('keeps the stored links of an item that does not know its own (a webhook)', () => {
    const unknown = itemRow({ item: item(), digest: 'd', before: stored }, new Map());
    const none = itemRow(
      { item: item({ linkedChanges: [] }), digest: 'd', before: stored },
      new Map(),
    );
    expect(unknown.data.linkedChanges).toEqual(['abc123']);
    expect(none.data.linkedChanges).toBeUndefined();
  });
});

describe('personLabel', () => {
  it.each([
    [{ name: 'Ada', githubLogin: 'ada', email: 'a@b' }, 'Ada'],
    [{ githubLogin: 'ada', username: 'al' }, 'ada'],
    [{ username: 'al', email: 'a@b' }, 'al'],
    [{ email: 'a@b' }, 'a@b'],
    [{}, null],
    [undefined, null],
  ])('names %j as %j', (person, label) => {
    expect(personLabel(person)).toBe(label);
  });
});

describe('latestPerExternalId', () => {
  it('keeps the entry updated last of each id, in first-seen order', () => {
    const items = [
      item({ externalId: 'a', title: 'old', updatedAt: at(1) }),
      item({ externalId: 'b', title: 'only' }),
      item({ externalId: 'a', title: 'new', updatedAt: at(3) }),
      item({ externalId: 'a', title: 'older', updatedAt: at(2) }),
    ];
    expect(latestPerExternalId(items).map((i) => [i.externalId, i.title])).toEqual([
      ['a', 'new'],
      ['b', 'only'],
    ]);
  });
});
