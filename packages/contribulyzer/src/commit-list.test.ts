import { describe, expect, it } from 'vitest';
import { CommitHistory, commitObjects, listCommits, RoleSets, TalliedCommits } from './commit-list';

describe('CommitHistory', () => {
  it.each([
    ['r1', 'r1'],
    ['r123456789', 'r123456789'],
    [null, null],
    // Kept as given, not as a number: it would not come back the same.
    ['r0123', 'r0123'],
    ['r1234567890', 'r1234567890'],
    ['r', 'r'],
    ['', ''],
    ['rev 12', 'rev 12'],
    ['r12a', 'r12a'],
  ])('gives back the revision %j', (revision, expected) => {
    const history = new CommitHistory();
    history.add('a'.repeat(40), 'r7');
    const index = history.add('b'.repeat(40), revision);
    expect(history.revision(index)).toBe(expected);
    expect(history.revision(0)).toBe('r7');
  });

  it('copies an id as bytes, or says it cannot', () => {
    const history = new CommitHistory();
    history.add('0123456789abcdef0123456789abcdef01234567', null);
    history.add('not hex', null);
    const target = new Uint8Array(80).fill(0x2e);
    expect(history.copySha(0, target, 3)).toBe(40);
    expect(Buffer.from(target.subarray(3, 43)).toString()).toBe(
      '0123456789abcdef0123456789abcdef01234567',
    );
    expect(target[2]).toBe(0x2e);
    expect(target[43]).toBe(0x2e);
    expect(history.copySha(1, target, 0)).toBe(-1);
    expect(history.copySha(2, target, 0)).toBe(-1);
    expect(history.sha(1)).toBe('not hex');
  });
});

describe('TalliedCommits', () => {
  it('reads the same commits as the objects it makes', () => {
    const history = new CommitHistory();
    for (let i = 0; i < 10; i++) {
      history.add(i.toString(16).padStart(40, '0'), i % 2 ? `r${i}` : null);
    }
    const roleSets = new RoleSets(['patch', 'review', 'found']);
    const list = new TalliedCommits({
      history,
      roleSets,
      indexes: [1, 4, 9],
      masks: [1, 6, 3],
    });
    const objects = commitObjects(list);
    expect(objects).toEqual([
      { sha: '1'.padStart(40, '0'), revision: 'r1', roles: ['patch'] },
      { sha: '4'.padStart(40, '0'), revision: null, roles: ['review', 'found'] },
      { sha: '9'.padStart(40, '0'), revision: 'r9', roles: ['patch', 'review'] },
    ]);
    // Lists of roles are shared between commits with the same roles.
    expect(list.roles(0)).toBe(roleSets.of(1));
    const again = listCommits(objects);
    expect(commitObjects(again)).toEqual(objects);
    expect(again.copySha).toBeUndefined();
  });
});
