import { detach, detachRef } from './detach';
import type { PersonRef } from './person-ref';

/** A person read from a value, with its identity key (`me` for the author). */
export interface ReadPerson {
  readonly person: PersonRef | 'me';
  readonly identity: string;
  readonly aside?: string | undefined;
}

const MAX_CACHED_LENGTH = 200;

/**
 * Remembers what each field value said across the messages of a history: histories name the
 * same people the same way thousands of times, and reading a value (splitting, obfuscation,
 * name shapes, the identity key) costs far more than looking it up. Entries are copied so they
 * never keep a message's text alive; when full, the cache starts over.
 */
export class ValueCache {
  private readonly entries = new Map<string, readonly ReadPerson[]>();
  private readonly capacity: number;

  constructor(capacity = 50_000) {
    this.capacity = capacity;
  }

  get(value: string): readonly ReadPerson[] | undefined {
    return this.entries.get(value);
  }

  set(value: string, people: readonly ReadPerson[]): readonly ReadPerson[] {
    // Long values are rare and would make a full cache costly: they are read every time.
    if (value.length > MAX_CACHED_LENGTH) {
      return people;
    }
    if (this.entries.size >= this.capacity) {
      this.entries.clear();
    }
    const kept = people.map((p): ReadPerson => {
      const person: PersonRef | 'me' = p.person === 'me' ? 'me' : detachRef(p.person);
      const identity = detach(p.identity);
      return p.aside === undefined
        ? { person, identity }
        : { person, identity, aside: detach(p.aside) };
    });
    this.entries.set(detach(value), kept);
    return kept;
  }
}
