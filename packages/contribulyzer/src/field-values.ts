import { identityKey } from './person-ref';
import { parsePersonValue, splitPeople } from './person-value';
import type { MessageCredit, ScanContext } from './scan-context';
import { reportSkipped } from './scan-context';
import type { ReadPerson } from './value-cache';

/** A field being read: its key as written and the roles it credits. */
export interface FieldInfo {
  key: string;
  roles: readonly string[];
}

/** What one value (one line, or one folded trailer) gave. */
export interface ValueOutcome {
  /** People named, counting those already credited by an earlier line. */
  people: number;
  /** Credits added by this value, one per role per new person. */
  credits: MessageCredit[];
}

/**
 * Credits every person a value names. When the value names nobody it is reported as skipped if
 * `report` is set (a value on the key line), and silently left otherwise (a line that merely
 * follows the field and turns out to be something else).
 */
export function creditValue(
  ctx: ScanContext,
  field: FieldInfo,
  value: { text: string; rawLine: string; at: number; report: boolean },
): ValueOutcome {
  const outcome: ValueOutcome = { people: 0, credits: [] };
  const text = value.text.trim();
  if (text === '') {
    return outcome;
  }
  const people = ctx.cache?.get(text) ?? readPeople(ctx, text);
  outcome.people = people.length;
  for (const read of people) {
    let credited = ctx.seen.get(read.identity);
    if (credited === undefined) {
      credited = [];
      ctx.seen.set(read.identity, credited);
    }
    for (const role of field.roles) {
      if (credited.includes(role)) {
        continue;
      }
      if (ctx.result.credits.length >= ctx.limits.maxCredits) {
        stopAtLimit(ctx, value.at);
        return outcome;
      }
      credited.push(role);
      const credit: MessageCredit = {
        role,
        person: read.person,
        identity: read.identity,
        rawLine: value.rawLine,
        field: field.key,
      };
      if (read.aside !== undefined) {
        credit.aside = read.aside;
      }
      ctx.result.credits.push(credit);
      outcome.credits.push(credit);
    }
  }
  if (outcome.people === 0 && value.report) {
    reportSkipped(ctx, {
      reason: 'not-a-person',
      line: ctx.lines.lineAt(value.at),
      text: `${field.key}: ${text}`,
    });
  }
  return outcome;
}

function readPeople(ctx: ScanContext, text: string): readonly ReadPerson[] {
  const people: ReadPerson[] = [];
  for (const part of splitPeople(text)) {
    const parsed = parsePersonValue(part);
    if (parsed !== undefined) {
      const identity = parsed.person === 'me' ? 'me' : identityKey(parsed.person);
      people.push(
        parsed.aside === undefined
          ? { person: parsed.person, identity }
          : { person: parsed.person, identity, aside: parsed.aside },
      );
    }
  }
  return ctx.cache === undefined ? people : ctx.cache.set(text, people);
}

function stopAtLimit(ctx: ScanContext, at: number): void {
  if (!ctx.stopped) {
    ctx.stopped = true;
    reportSkipped(ctx, {
      reason: 'credit-limit',
      line: ctx.lines.lineAt(at),
      text: `stopped reading after ${ctx.limits.maxCredits} credits`,
    });
  }
}
