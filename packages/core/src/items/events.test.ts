import type { NormalizedItem } from '@moduleboard/connectors/types';
import { describe, expect, it } from 'vitest';
import { changeEvent, commentEvents } from './events';

const at = (day: number) => new Date(Date.UTC(2024, 0, day));
const item: NormalizedItem = {
  externalId: 'issue:1',
  kind: 'BUG',
  title: 'Crash on start',
  status: 'DONE',
  createdAt: at(1),
  updatedAt: at(5),
};

describe('changeEvent', () => {
  it('says an item was created, dated when it was', () => {
    expect(changeEvent(3, item, undefined, 'sync:1')).toEqual({
      itemId: 3,
      type: 'created',
      actor: 'sync:1',
      createdAt: at(1),
      payload: { title: 'Crash on start' },
    });
  });

  it('says a status moved, from what to what', () => {
    expect(changeEvent(3, item, { status: 'OPEN' }, 'sync:1')).toMatchObject({
      type: 'status_changed',
      createdAt: at(5),
      payload: { from: 'OPEN', to: 'DONE' },
    });
  });

  it('says anything else changed', () => {
    expect(changeEvent(3, item, { status: 'DONE' }, 'sync:1').type).toBe('updated');
  });
});

describe('commentEvents', () => {
  it('keys each comment so that reading it again stores it once', () => {
    const events = commentEvents(
      3,
      {
        ...item,
        comments: [
          {
            externalId: 'c1',
            author: { githubLogin: 'ada' },
            body: 'Seen it too',
            createdAt: at(2),
          },
          { externalId: 'c2', body: 'Fixed', url: 'https://x.example/c2', createdAt: at(4) },
        ],
      },
      'webhook:d1',
    );
    expect(events).toEqual([
      {
        itemId: 3,
        type: 'commented',
        actor: 'webhook:d1',
        key: 'comment:c1',
        createdAt: at(2),
        payload: { author: 'ada', body: 'Seen it too', url: null },
      },
      {
        itemId: 3,
        type: 'commented',
        actor: 'webhook:d1',
        key: 'comment:c2',
        createdAt: at(4),
        payload: { author: null, body: 'Fixed', url: 'https://x.example/c2' },
      },
    ]);
  });

  it('makes none for an item without comments', () => {
    expect(commentEvents(3, item, 'sync:1')).toEqual([]);
  });
});
