import { readAside } from './asides';
import type { FieldKey } from './field-keys';
import { readFieldKey } from './field-keys';
import type { FieldInfo } from './field-values';
import { creditValue } from './field-values';
import type { MessageCredit, ScanContext } from './scan-context';
import { reportSkipped } from './scan-context';
import { isBlankRange, isSpaceCode, lineEndAt, OPEN_PAREN, skipSpaces } from './text-scan';

/** Where a field's key line is: `text[lineStart, lineEnd)`, with its colon. */
export interface KeyLine {
  lineStart: number;
  colon: number;
  lineEnd: number;
  key: FieldKey;
}

/**
 * Reads a Subversion field: the key line, then continuation lines (indented and not starting with
 * `(`, or repeating the key), one person a line, and asides `( … )` that apply to the credits
 * above them. The first line that is none of these ends the field; an indented line naming nobody
 * (a ChangeLog entry) ends it too and is left alone. Returns where the next unread line starts.
 */
export function readSubversionField(
  ctx: ScanContext,
  at: KeyLine,
  roles: readonly string[],
): number {
  const { body } = ctx;
  const field: FieldInfo = { key: at.key.key, roles };
  const fieldCredits: MessageCredit[] = [];
  let sinceAside: MessageCredit[] = [];

  const first = creditValue(ctx, field, {
    text: body.slice(at.colon + 1, at.lineEnd),
    rawLine: body.slice(at.lineStart, at.lineEnd).trimEnd(),
    at: at.lineStart,
    report: true,
  });
  fieldCredits.push(...first.credits);
  sinceAside.push(...first.credits);

  let pos = at.lineEnd + 1;
  while (pos < body.length && !ctx.stopped) {
    const end = lineEndAt(body, pos);
    if (isBlankRange(body, pos, end)) {
      break;
    }
    if (end - pos > ctx.limits.maxLineLength) {
      if (isSpaceCode(body.charCodeAt(pos))) {
        reportSkipped(ctx, {
          reason: 'line-too-long',
          line: ctx.lines.lineAt(pos),
          text: `${end - pos} characters after ${at.key.key}: ${body.slice(pos, pos + 80)}`,
        });
      }
      break;
    }
    const textStart = skipSpaces(body, pos, end);
    if (body.charCodeAt(textStart) === OPEN_PAREN) {
      const aside = readAside(body, pos, ctx.limits.maxLineLength);
      if (aside === undefined) {
        break;
      }
      attachAside(sinceAside.length > 0 ? sinceAside : fieldCredits, aside.aside);
      sinceAside = [];
      pos = aside.next;
      continue;
    }
    let valueStart = textStart;
    if (textStart === pos) {
      // Not indented: only a repetition of the same key continues the field.
      const colon = body.indexOf(':', pos);
      const key = colon >= 0 && colon < end ? readFieldKey(body, pos, colon) : undefined;
      if (key === undefined || key.normalized !== at.key.normalized) {
        break;
      }
      valueStart = colon + 1;
    }
    const rawLine = body.slice(textStart, end).trimEnd();
    const outcome = creditValue(ctx, field, {
      text: body.slice(valueStart, end),
      rawLine,
      at: pos,
      report: textStart === pos,
    });
    if (outcome.people === 0 && textStart !== pos) {
      break;
    }
    fieldCredits.push(...outcome.credits);
    sinceAside.push(...outcome.credits);
    pos = end + 1;
  }
  return pos;
}

function attachAside(credits: MessageCredit[], aside: string): void {
  for (const credit of credits) {
    credit.aside = credit.aside === undefined ? aside : `${credit.aside}\n${aside}`;
  }
}
