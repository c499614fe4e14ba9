import { describe, expect, it } from 'vitest';
import { createCommitters, parseCommitters } from './committers';
import { IdentityResolver } from './identity-resolver';
import { createMailmap, parseMailmap } from './mailmap';
import type { MergeSources } from './merge-keys';
import { mergeKeysOf } from './merge-keys';
import { stablePersonId } from './person-id';
import type { PersonRef } from './person-ref';
import { identityKey } from './person-ref';

const UUID = '13f79535-47bb-0310-9956-ffa450edef68';

/** Groups of identity keys, each sorted, groups sorted: order-free and readable. */
function groups(
  refs: PersonRef[],
  options: ConstructorParameters<typeof IdentityResolver>[0] = {},
) {
  const resolver = new IdentityResolver(options);
  for (const ref of refs) {
    resolver.add(ref);
  }
  return resolver
    .resolve()
    .people.map((p) => p.identityKeys)
    .sort((a, b) => (String(a) < String(b) ? -1 : 1));
}

describe('identityKey', () => {
  it.each([
    [{ name: 'Jane  Doe', email: 'Jane@Example.ORG' }, 'n=Jane Doe;e=jane@example.org'],
    [{ username: 'JRandom' }, 'u=jrandom'],
    [{ name: 'Ren\u0065\u0301' }, 'n=Ren\u00e9'],
    [{ name: 'a;b=c%' }, 'n=a%3Bb%3Dc%25'],
    [{ name: '', email: ' ', githubLogin: 'Octo', url: 'https://x.org' }, 'g=octo;w=https://x.org'],
  ])('%j', (ref, key) => {
    expect(identityKey(ref)).toBe(key);
  });
});

describe('mergeKeysOf', () => {
  it('gives each key with its reason', () => {
    expect(
      mergeKeysOf({ name: 'José García', email: 'J@x.org', username: 'jg', githubLogin: 'jgh' }),
    ).toEqual([
      { key: 'email:j@x.org', reason: 'email', detail: 'same e-mail address j@x.org' },
      { key: 'github:jgh', reason: 'github', detail: 'same GitHub login jgh' },
      { key: 'username:jg', reason: 'username', detail: 'same username jg' },
      { key: 'name:jose garcia', reason: 'name', detail: 'same name "José García"' },
    ]);
  });

  it('gives no name key to a one-word name', () => {
    expect(mergeKeysOf({ name: 'Jane' })).toEqual([]);
  });

  it('adds what a mailmap and a COMMITTERS file say', () => {
    const sources: MergeSources = {
      mailmap: createMailmap(parseMailmap('Jane Doe <jane@new.org> <jane@old.org>\n')),
      committers: createCommitters(parseCommitters('  jdoe  Jane Doe <jane@new.org>\n')),
    };
    const keys = mergeKeysOf({ email: 'jane@old.org' }, sources).map((k) => [k.key, k.reason]);
    expect(keys).toEqual([
      ['email:jane@new.org', 'mailmap'],
      ['mailmap-name:jane doe', 'mailmap'],
      ['name:jane doe', 'mailmap'],
      ['email:jane@old.org', 'email'],
    ]);
    const byUsername = mergeKeysOf({ username: 'jdoe' }, sources).map((k) => [k.key, k.reason]);
    expect(byUsername).toEqual([
      ['email:jane@new.org', 'committers'],
      ['name:jane doe', 'committers'],
      ['username:jdoe', 'username'],
    ]);
  });
});

describe('IdentityResolver: merging', () => {
  it.each([
    [
      'the same address in any case',
      [
        { name: 'Jane Doe', email: 'jane@example.org' },
        { name: 'J. Doe', email: 'JANE@example.org' },
      ],
      1,
    ],
    [
      'the same username',
      [{ username: 'jrandom' }, { email: `jrandom@${UUID}`, username: 'jrandom' }],
      1,
    ],
    [
      'the same full name without case or accents',
      [{ name: 'José García', email: 'jg@a.org' }, { name: 'jose garcia' }],
      1,
    ],
    [
      'a one-word name never',
      [
        { name: 'Jane', email: 'a@a.org' },
        { name: 'Jane', email: 'b@b.org' },
      ],
      2,
    ],
    ['different names and addresses never', [{ name: 'Jane Doe' }, { name: 'John Roe' }], 2],
    [
      'the same GitHub login',
      [
        { email: '1+octo@users.noreply.github.com', githubLogin: 'octo' },
        { email: 'octo@users.noreply.github.com', githubLogin: 'octo' },
      ],
      1,
    ],
    [
      'transitively',
      [
        { name: 'Jane Doe', email: 'a@x.org' },
        { email: 'a@x.org', username: 'jd' },
        { username: 'jd' },
      ],
      1,
    ],
  ])('%s', (_name, refs, count) => {
    expect(groups(refs)).toHaveLength(count);
  });

  it('merges through a mailmap entry', () => {
    const mailmap = createMailmap(parseMailmap('Jane Doe <jane@new.org> <jane@old.org>\n'));
    const refs = [
      { name: 'jd', email: 'jane@old.org' },
      { name: 'Jane', email: 'jane@new.org' },
    ];
    expect(groups(refs)).toHaveLength(2);
    expect(groups(refs, { mailmap })).toHaveLength(1);
  });

  it('merges through a COMMITTERS line', () => {
    const committers = createCommitters(
      parseCommitters('   jrandom   J. Random <jrandom@example.org>\n'),
    );
    const refs = [{ username: 'jrandom' }, { name: 'Jay', email: 'jrandom@example.org' }];
    expect(groups(refs)).toHaveLength(2);
    expect(groups(refs, { committers })).toHaveLength(1);
  });

  it('records why, with the strongest reason', () => {
    const resolver = new IdentityResolver();
    resolver.add({ name: 'Jane Doe', email: 'jane@example.org' });
    const { edges } = resolver.add({ name: 'Jane Doe', email: 'Jane@example.org', username: 'jd' });
    expect(edges).toEqual([
      {
        a: 'n=Jane Doe;e=jane@example.org',
        b: 'n=Jane Doe;e=jane@example.org;u=jd',
        reason: 'email',
        detail: 'same e-mail address jane@example.org',
      },
    ]);
    expect(resolver.add({ name: 'Jane Doe', email: 'jane@example.org' }).edges).toEqual([]);
    expect(resolver.edges()).toHaveLength(1);
    const [person] = resolver.resolve().people;
    expect(person?.merges).toEqual(edges);
  });

  it('does not depend on the order identities come in', () => {
    const refs: PersonRef[] = [
      { name: 'Jane Doe', email: 'jane@example.org' },
      { username: 'jdoe', email: 'jane@example.org' },
      { username: 'jdoe' },
      { name: 'John Roe' },
      { name: 'john roe', email: 'john@example.org' },
      { name: 'Solo' },
    ];
    const forward = new IdentityResolver();
    const backward = new IdentityResolver();
    for (const ref of refs) {
      forward.add(ref);
    }
    for (const ref of [...refs].reverse()) {
      backward.add(ref);
    }
    const shape = (r: IdentityResolver) => r.resolve().people.map((p) => [p.id, p.identityKeys]);
    expect(shape(forward)).toEqual(shape(backward));
    expect(shape(forward)).toHaveLength(3);
  });

  it('gives a stable id: the hash of the smallest identity key', () => {
    const resolver = new IdentityResolver();
    resolver.add({ name: 'Jane Doe', email: 'jane@example.org' });
    resolver.add({ name: 'Jane Doe' });
    const [person] = resolver.resolve().people;
    expect(person?.id).toBe(stablePersonId('n=Jane Doe'));
    expect(person?.id).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('IdentityResolver: undoing merges', () => {
  const a = { name: 'Jane Doe', email: 'jane@example.org' };
  const b = { name: 'Jane Doe', email: 'jane@elsewhere.org' };
  const c = { name: 'Jane Doe' };

  it('does not re-make an undone merge', () => {
    const undone = [{ a: identityKey(b), b: identityKey(a) }];
    expect(groups([a, b], { undone })).toHaveLength(2);
  });

  it('does not re-make it through a third identity either', () => {
    const undone = [{ a: identityKey(a), b: identityKey(b) }];
    const resolver = new IdentityResolver({ undone });
    for (const ref of [a, b, c]) {
      resolver.add(ref);
    }
    const { people, blocked } = resolver.resolve();
    expect(people).toHaveLength(2);
    expect(blocked).toHaveLength(1);
    const together = people.find((p) => p.identityKeys.length === 2);
    expect(together?.identityKeys).toContain(identityKey(a));
  });

  it('keeps the other merges', () => {
    const d = { name: 'John Roe', email: 'john@example.org' };
    const e = { name: 'John Roe' };
    const undone = [{ a: identityKey(a), b: identityKey(b) }];
    expect(groups([a, b, d, e], { undone })).toHaveLength(3);
  });
});
