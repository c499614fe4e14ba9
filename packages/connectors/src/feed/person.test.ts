import { describe, expect, it } from 'vitest';
import type { PersonRef } from '../types';
import { mergePeople, parsePerson } from './person';

describe('parsePerson', () => {
  it.each<[string | undefined, PersonRef | undefined]>([
    ['ada@example.org (Ada Lovelace)', { name: 'Ada Lovelace', email: 'ada@example.org' }],
    ['Ada Lovelace <ada@example.org>', { name: 'Ada Lovelace', email: 'ada@example.org' }],
    ['"Lovelace, Ada" <ada@example.org>', { name: 'Lovelace, Ada', email: 'ada@example.org' }],
    ['<ada@example.org>', { email: 'ada@example.org' }],
    ['ada@example.org', { email: 'ada@example.org' }],
    ['mailto:ada@example.org', { email: 'ada@example.org' }],
    ['ada at example.org (Ada Lovelace)', { name: 'Ada Lovelace', email: 'ada@example.org' }],
    ['José Ramírez <jose@example.net>', { name: 'José Ramírez', email: 'jose@example.net' }],
    ['Ada Lovelace', { name: 'Ada Lovelace' }],
    ['Ada Lovelace (Analytical Engines)', { name: 'Ada Lovelace (Analytical Engines)' }],
    ['Meet at noon', { name: 'Meet at noon' }],
    ['@ada', { username: 'ada' }],
    ['  Ada\n  Lovelace ', { name: 'Ada Lovelace' }],
    ['Ada <not an address>', { name: 'Ada <not an address>' }],
    ['', undefined],
    ['   ', undefined],
    [undefined, undefined],
  ])('%j reads as %j', (raw, person) => {
    expect(parsePerson(raw)).toEqual(person);
  });
});

describe('mergePeople', () => {
  it('fills the gaps of the first reading with the second', () => {
    expect(mergePeople({ email: 'a@example.org' }, { name: 'A', email: 'b@example.org' })).toEqual({
      name: 'A',
      email: 'a@example.org',
    });
    expect(mergePeople(undefined, { name: 'A' })).toEqual({ name: 'A' });
    expect(mergePeople(undefined, undefined)).toBeUndefined();
  });
});
