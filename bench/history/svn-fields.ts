import type { Random } from '../lib/random';
import type { Person } from './people';
import { list, wrap } from './words';

/**
 * Subversion-style credit fields (`Patch by:`, `Review by:` …) in the layouts real logs have:
 * continuation lines, a key alone above indented names, repeated keys, comma lists, `me`,
 * obfuscated addresses, asides in parentheses over one or several lines, and the fields that
 * are not credits (`Approved by:`) or are misspelt.
 */
export class SvnFieldWriter {
  constructor(
    private readonly random: Random,
    private readonly people: readonly Person[],
  ) {}

  /** One to three fields, each on its own lines, for a commit by `author`. */
  fields(author: Person): string {
    const out: string[] = [];
    const count = this.random.weighted({ 1: 60, 2: 30, 3: 10 });
    for (let i = 0; i < Number(count); i++) {
      out.push(this.field(this.key(i === 0), author));
    }
    return out.join('\n');
  }

  private key(first: boolean): string {
    return this.random.weighted({
      'Patch by': first ? 60 : 8,
      'Review by': 22,
      'Reviewed by': 4,
      'Found by': 12,
      'Reported by': 3,
      'Suggested by': 7,
      'Inspired by': 2,
      'Tested by': 2,
      'Approved by': 2,
      // Misspelt or project-specific keys, which must be reported, not dropped.
      'Reviwed by': 0.5,
      'Requested by': 0.5,
      'Sugested by': 0.3,
    });
  }

  private field(key: string, author: Person): string {
    const layout = this.random.weighted({
      single: 62,
      nospace: 2,
      continued: 14,
      alone: 5,
      repeated: 5,
      commas: 8,
      and: 4,
    });
    const n = this.random.int(2, 3);
    let text: string;
    if (layout === 'nospace') {
      text = `${key}:${this.person().username}`;
    } else if (layout === 'continued') {
      // Continuation lines are aligned under the first value, as people type them.
      const pad = ' '.repeat(key.length + 2);
      text = `${key}: ${this.values(n, author).join(`\n${pad}`)}`;
    } else if (layout === 'alone') {
      const indent = this.random.pick(['  ', '   ', '\t']);
      text = `${key}:\n${this.values(n, author)
        .map((v) => `${indent}${v}`)
        .join('\n')}`;
    } else if (layout === 'repeated') {
      text = this.values(n, author)
        .map((v) => `${key}: ${v}`)
        .join('\n');
    } else if (layout === 'commas') {
      text = `${key}: ${this.usernames(n).join(', ')}`;
    } else if (layout === 'and') {
      text = `${key}: ${this.usernames(2).join(' and ')}`;
    } else {
      text = `${key}: ${this.value(this.person(), author)}`;
    }
    return this.random.chance(0.12) ? `${text}\n${this.aside(key.length + 2)}` : text;
  }

  private values(n: number, author: Person): string[] {
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      out.push(this.value(this.person(), author));
    }
    return out;
  }

  private usernames(n: number): string[] {
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      out.push(this.committer().username);
    }
    return out;
  }

  /** How a person is written in a field. */
  value(person: Person, author: Person): string {
    if (person === author && this.random.chance(0.5)) {
      return 'me';
    }
    const [local = person.username, domain = 'example.org'] = person.altEmail.split('@');
    const form = this.random.weighted({
      username: person.committer ? 45 : 3,
      nameEmail: 30,
      obfuscatedAt: 8,
      atDot: 3,
      angleEmail: 3,
      bareEmail: 4,
      name: 10,
      tool: 0.4,
    });
    switch (form) {
      case 'username':
        return person.username;
      case 'obfuscatedAt':
        return `${person.name} <${local}{_AT_}${domain}>`;
      case 'atDot':
        return `${person.name} <${local} at ${domain.replace(/\./g, ' dot ')}>`;
      case 'angleEmail':
        return `<${person.email}>`;
      case 'bareEmail':
        return person.email;
      case 'name':
        return person.name;
      case 'tool':
        return `${this.random.pick(TOOLS)} <https://${this.random.pick(TOOL_HOSTS)}/>`;
      default:
        return `${person.name} <${this.random.chance(0.7) ? person.email : person.altEmail}>`;
    }
  }

  private aside(column: number): string {
    const text = this.random.pick(ASIDES);
    const indent = this.random.chance(0.5) ? ' '.repeat(column) : '';
    if (text.length < 50) {
      return `${indent}(${text})`;
    }
    // An aside over several lines, continued under its opening parenthesis.
    return wrap(`(${text})`, indent)
      .split('\n')
      .map((line, i) => (i === 0 || indent ? line : ` ${line}`))
      .join('\n');
  }

  private person(): Person {
    return this.people[this.random.skewedIndex(this.people.length)] as Person;
  }

  private committer(): Person {
    for (;;) {
      const person = this.person();
      if (person.committer) {
        return person;
      }
    }
  }
}

const TOOLS = list('Coverity Scan, OSS-Fuzz, clang static analyzer, PVS-Studio');
const TOOL_HOSTS = list('scan.example.com, fuzz.example.org, analyzer.example.net');

const ASIDES = list(`
Tweaked by me., who also wrote the regression test, on the dev@ list, via IRC, in a private
mail, tests only, the original patch; I rewrote the error handling, while bisecting a different
problem on the 1.14.x branch and reported in the issue tracker together with a reproduction
script, see the thread on users@ about checkouts over slow links that started this whole
investigation, He did most of the work; I only adjusted the comments and added a test for the
empty-path case that the original patch missed
`);
