import type { SvnOrigin } from './git-svn';
import type { PersonRef } from './person-ref';
import type { CreditConfig } from './roles';
import type { LineCounter } from './text-scan';
import type { ValueCache } from './value-cache';

/** One credit read from a message, before `me` is resolved to the commit's author. */
export interface MessageCredit {
  role: string;
  /** `'me'` stands for the commit's author. */
  person: PersonRef | 'me';
  /** `identityKey(person)`, or `'me'`. */
  identity: string;
  /** The line(s) the credit was read from, as written. */
  rawLine: string;
  /** A note kept with the credit: `(Tweaked by me.)` after the field, `(on Windows)` after the name. */
  aside?: string | undefined;
  /** The field's key as written: `Patch by`, `Reviewed-by`. */
  field: string;
}

/** An `X by:` field that is not in the role vocabulary (misspelt or unknown): never dropped silently. */
export interface UnrecognisedField {
  key: string;
  line: number;
  text: string;
}

export type SkipReason = 'not-a-person' | 'line-too-long' | 'credit-limit';

/** A part of a message the parser read but could not credit, said so the run can report it. */
export interface SkippedPart {
  reason: SkipReason;
  line: number;
  /** The text concerned, shortened to a readable length. */
  text: string;
}

export interface ParsedMessage {
  /** The message without its `git-svn-id:` line. */
  body: string;
  /** Where a git-svn commit came from, when the message says. */
  svn: SvnOrigin | undefined;
  credits: MessageCredit[];
  unrecognised: UnrecognisedField[];
  skipped: SkippedPart[];
  /** Reports left out of `unrecognised` and `skipped` beyond `maxReports` each. */
  omittedReports: number;
}

/** Caps that keep one hostile message from costing more than a bounded amount of work. */
export interface ParseLimits {
  /** Credits read from one message; the rest is skipped and reported. */
  maxCredits: number;
  /** Longer lines are never read as fields or people. */
  maxLineLength: number;
  /** Entries kept in `unrecognised` and in `skipped`; the rest are counted in `omittedReports`. */
  maxReports: number;
}

export const defaultParseLimits: ParseLimits = {
  maxCredits: 1000,
  maxLineLength: 1000,
  maxReports: 50,
};

export interface ScanContext {
  readonly body: string;
  readonly config: CreditConfig;
  readonly limits: ParseLimits;
  readonly lines: LineCounter;
  readonly result: ParsedMessage;
  /** Roles already credited per identity: a person named twice in a field counts once. */
  readonly seen: Map<string, string[]>;
  /** Set once the credit limit is reached: the rest of the message is not read. */
  stopped: boolean;
  /** What values said in earlier messages of the same history, when the caller keeps it. */
  readonly cache: ValueCache | undefined;
}

const MAX_REPORTED_TEXT = 160;

export function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= MAX_REPORTED_TEXT ? flat : `${flat.slice(0, MAX_REPORTED_TEXT - 1)}…`;
}

export function reportSkipped(ctx: ScanContext, part: SkippedPart): void {
  if (ctx.result.skipped.length < ctx.limits.maxReports) {
    ctx.result.skipped.push({ ...part, text: shorten(part.text) });
  } else {
    ctx.result.omittedReports += 1;
  }
}

export function reportUnrecognised(ctx: ScanContext, field: UnrecognisedField): void {
  if (ctx.result.unrecognised.length < ctx.limits.maxReports) {
    ctx.result.unrecognised.push({ ...field, text: shorten(field.text) });
  } else {
    ctx.result.omittedReports += 1;
  }
}
