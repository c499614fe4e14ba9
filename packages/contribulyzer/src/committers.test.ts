import { describe, expect, it } from 'vitest';
import { createCommitters, parseCommitters } from './committers';

const text = `The following people have commit access to the sources.
Note that this is not a complete list of contributors: see the log.

Blanket commit access:

           jrandom   J. Random Hacker <jrandom@example.org>
             sally   Sally Sméagol <sally {_AT_} example.org>
    # a comment line <comment@example.org>
              bob2   Bob <bob@example.org>

Partial committers:

             carol   Carol Jones <carol@example.org>     (doc)
`;

describe('parseCommitters', () => {
  it('reads the entries and skips the header, titles and comments', () => {
    const entries = parseCommitters(text);
    expect(entries.map((e) => [e.username, e.name, e.email, e.source])).toEqual([
      ['jrandom', 'J. Random Hacker', 'jrandom@example.org', 'COMMITTERS:6'],
      ['sally', 'Sally Sméagol', 'sally@example.org', 'COMMITTERS:7'],
      ['bob2', 'Bob', 'bob@example.org', 'COMMITTERS:9'],
      ['carol', 'Carol Jones', 'carol@example.org', 'COMMITTERS:13'],
    ]);
  });

  it('reads the plain two-space form', () => {
    expect(parseCommitters('jrandom  J. Random <jrandom@example.org>\n')).toHaveLength(1);
  });

  it('looks entries up without case', () => {
    const committers = createCommitters(parseCommitters(text));
    expect(committers.byUsername('JRandom')?.name).toBe('J. Random Hacker');
    expect(committers.byEmail('Sally@Example.org')?.username).toBe('sally');
    expect(committers.byUsername('nobody')).toBeUndefined();
  });
});
