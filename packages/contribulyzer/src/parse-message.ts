import { meaningOf, readFieldKey } from './field-keys';
import { splitGitSvnId } from './git-svn';
import type { CreditConfig } from './roles';
import { defaultCreditConfig } from './roles';
import type { ParsedMessage, ParseLimits, ScanContext } from './scan-context';
import { defaultParseLimits, reportSkipped, reportUnrecognised } from './scan-context';
import type { KeyLine } from './subversion-field';
import { readSubversionField } from './subversion-field';
import { contentEnd, LineCounter, lineEndAt } from './text-scan';
import type { Paragraph } from './trailers';
import { paragraphAround, readTrailer } from './trailers';
import type { ValueCache } from './value-cache';

export interface ParseMessageOptions {
  config?: CreditConfig | undefined;
  limits?: Partial<ParseLimits> | undefined;
  /** Shared by the messages of one history (see `CommitCreditor`), it saves re-reading values. */
  cache?: ValueCache | undefined;
}

/**
 * Reads the credits of one commit message: Subversion fields anywhere at column 0, git trailers in
 * trailer blocks, and the `git-svn-id:` line. Never throws: what it cannot read it reports in
 * `unrecognised` and `skipped`.
 *
 * Cost: a message without any field is rejected by one native search; otherwise only the lines
 * of fields (and, once, the paragraph of a trailer block) are looked at, so a long message costs
 * time linear in its length.
 */
export function parseMessage(message: string, options: ParseMessageOptions = {}): ParsedMessage {
  const { origin, body } = splitGitSvnId(message);
  const result: ParsedMessage = {
    body,
    svn: origin,
    credits: [],
    unrecognised: [],
    skipped: [],
    omittedReports: 0,
  };
  const config = options.config ?? defaultCreditConfig;
  const keyEnds = config.keyEndPattern;
  keyEnds.lastIndex = 0;
  let hit = keyEnds.exec(body);
  if (hit === null) {
    return result;
  }
  const ctx: ScanContext = {
    body,
    config,
    limits:
      options.limits === undefined
        ? defaultParseLimits
        : { ...defaultParseLimits, ...options.limits },
    lines: new LineCounter(body),
    result,
    seen: new Map(),
    stopped: false,
    cache: options.cache,
  };
  const end = contentEnd(body);
  let paragraph: Paragraph | undefined;
  let consumed = 0;
  while (hit !== null && !ctx.stopped) {
    const colon = hit.index + hit[0].length - 1;
    const lineStart = body.lastIndexOf('\n', hit.index) + 1;
    const lineEnd = lineEndAt(body, colon);
    let next = lineEnd + 1;
    if (lineStart >= consumed) {
      const key = readFieldKey(body, lineStart, colon);
      const meaning = key === undefined ? undefined : meaningOf(key, config);
      if (key !== undefined && meaning !== undefined) {
        let readable = key.style === 'subversion';
        if (!readable) {
          if (
            paragraph === undefined ||
            lineStart < paragraph.start ||
            lineStart >= paragraph.end
          ) {
            paragraph = paragraphAround(body, lineStart, end);
          }
          readable = paragraph.trailerBlock;
        }
        const at: KeyLine = { lineStart, colon, lineEnd, key };
        if (!readable) {
          // A trailer-shaped line in running text: not a field.
        } else if (lineEnd - lineStart > ctx.limits.maxLineLength) {
          reportSkipped(ctx, {
            reason: 'line-too-long',
            line: ctx.lines.lineAt(lineStart),
            text: `${key.key}: a line of ${lineEnd - lineStart} characters`,
          });
        } else if (meaning.kind === 'credit') {
          next = Math.max(
            next,
            key.style === 'subversion'
              ? readSubversionField(ctx, at, meaning.roles)
              : readTrailer(ctx, at, meaning.roles),
          );
        } else if (meaning.kind === 'unrecognised') {
          reportUnrecognised(ctx, {
            key: key.key,
            line: ctx.lines.lineAt(lineStart),
            text: body.slice(lineStart, Math.min(lineEnd, lineStart + 200)),
          });
        }
      }
      consumed = next;
    }
    // Only the first colon of a line can end its key: jump to the next line.
    keyEnds.lastIndex = Math.max(next, colon + 1);
    hit = keyEnds.exec(body);
  }
  return result;
}
