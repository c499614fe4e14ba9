import sanitize from 'sanitize-html';
import { limitHtml } from './limit-html';
import { cutMarker, HTML_LIMITS, type MarkupLimits } from './limits';
import { policy } from './policy';

export interface SanitizeOptions {
  /** Where the document came from: relative links and images are resolved against it. */
  baseUrl?: string | undefined;
  /** Defaults to `HTML_LIMITS`. */
  limits?: Partial<MarkupLimits> | undefined;
}

/**
 * Sanitizes untrusted HTML for display, by the one policy (`policy.ts`), with bounded work:
 * the document is cut to `limits.maxLength` characters (a paragraph of class `markup-cut`
 * then says how much was left out) and flattened to `limits.maxDepth` open elements. Never
 * throws. Sanitizing the result again gives the same result.
 */
export function sanitizeHtml(html: string, options: SanitizeOptions = {}): string {
  const limits = { ...HTML_LIMITS, ...options.limits };
  const limited = limitHtml(html, limits);
  const clean = sanitize(limited.html, policy(options.baseUrl)).trim();
  return limited.cut > 0 ? `${clean}${cutMarker({ characters: limited.cut })}` : clean;
}
