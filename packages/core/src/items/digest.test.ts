import type { NormalizedItem } from '@moduleboard/connectors/types';
import { describe, expect, it } from 'vitest';
import { digestItem } from './digest';

const item: NormalizedItem = {
  externalId: 'issue:1',
  kind: 'BUG',
  title: 'Crash on start',
  status: 'OPEN',
  createdAt: new Date(0),
  updatedAt: new Date(0),
};

describe('digestItem', () => {
  it('takes the digest a source gives', () => {
    expect(digestItem({ ...item, digest: 'sha-of-commit' })).toBe('sha-of-commit');
  });

  it('changes with the content and not with the comments', () => {
    const base = digestItem(item);
    expect(digestItem({ ...item })).toBe(base);
    expect(digestItem({ ...item, title: 'Crash on exit' })).not.toBe(base);
    const comment = { externalId: 'c1', body: 'me too', createdAt: new Date(0) };
    expect(digestItem({ ...item, comments: [comment] })).toBe(base);
  });
});
