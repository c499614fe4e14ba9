import type { Random } from '../lib/random';
import type { Person } from './people';

/**
 * A git trailer block (the last paragraph): sign-offs, reviews, GitHub co-authors with no-reply
 * addresses, reports, help; some keys in odd casing, some values folded onto a second line,
 * and trailers that credit nobody (`Cc:`, `Link:`, `Closes:`).
 */
export class TrailerWriter {
  constructor(
    private readonly random: Random,
    private readonly people: readonly Person[],
  ) {}

  block(author: Person, committer: Person): string {
    const lines: string[] = [];
    const count = this.random.weighted({ 1: 35, 2: 30, 3: 20, 4: 10, 6: 5 });
    for (let i = 0; i < Number(count); i++) {
      const key = this.random.weighted({
        'Co-authored-by': 26,
        'Reviewed-by': 18,
        'Signed-off-by': 14,
        'Reported-by': 8,
        'Helped-by': 7,
        'Acked-by': 4,
        'Tested-by': 4,
        'Suggested-by': 3,
        'Mentored-by': 2,
        'Co-developed-by': 1,
        'Reported-and-tested-by': 1,
        Cc: 3,
        Link: 2,
        Closes: 1,
      });
      lines.push(this.trailer(key, this.person()));
    }
    // Patches that went through a mailing list end with the author's and applier's sign-offs.
    if (this.random.chance(0.3)) {
      lines.push(this.trailer('Signed-off-by', author));
      if (committer !== author) {
        lines.push(this.trailer('Signed-off-by', committer));
      }
    }
    return lines.join('\n');
  }

  private trailer(key: string, person: Person): string {
    if (key === 'Link') {
      return `Link: https://lists.example.org/archive/${this.random.hex(12)}`;
    }
    if (key === 'Closes') {
      return `Closes: #${this.random.int(1000, 99_999)}`;
    }
    const shown = this.casing(key);
    const value =
      key === 'Co-authored-by' && this.random.chance(0.6)
        ? `${this.random.chance(0.7) ? person.name : person.githubLogin} <${this.noreply(person)}>`
        : `${person.name} <${this.random.chance(0.8) ? person.email : person.altEmail}>`;
    // RFC 822 folding: a long value continued on an indented line.
    if (this.random.chance(0.04)) {
      const cut = value.lastIndexOf(' <');
      return `${shown}: ${value.slice(0, cut)}\n ${value.slice(cut + 1)}`;
    }
    if (this.random.chance(0.02)) {
      return `${shown}: ${value}\n    (${this.random.pick(TRAILER_NOTES)})`;
    }
    return `${shown}: ${value}`;
  }

  private casing(key: string): string {
    const roll = this.random.next();
    if (roll < 0.06) {
      // "Co-Authored-By", as some tools write it.
      return key.replace(/-([a-z])/g, (_, c: string) => `-${c.toUpperCase()}`);
    }
    if (roll < 0.08) {
      return key.toLowerCase();
    }
    if (roll < 0.085) {
      return key.toUpperCase();
    }
    return key;
  }

  private noreply(person: Person): string {
    return this.random.chance(0.8)
      ? `${person.githubId}+${person.githubLogin}@users.noreply.github.com`
      : `${person.githubLogin}@users.noreply.github.com`;
  }

  private person(): Person {
    return this.people[this.random.skewedIndex(this.people.length)] as Person;
  }
}

const TRAILER_NOTES = [
  'found with the fuzzer',
  'on the mailing list',
  'original idea and first draft',
  'Windows part',
];
