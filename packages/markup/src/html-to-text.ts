import sanitize from 'sanitize-html';
import { limitHtml } from './limit-html';
import { HTML_LIMITS, type MarkupLimits } from './limits';

// Where block boundaries and line breaks stood, words would otherwise run together once the
// tags are gone ("<p>a</p><p>b</p>" must read "a b").
const BREAKS = /<(?:br|hr|\/?(?:p|div|li|tr|td|th|h[1-6]|blockquote|pre|dt|dd|section))\b[^>]*>/gi;

/**
 * The text of an HTML fragment: tags dropped (script and style with their content), every
 * entity decoded, whitespace collapsed and trimmed. The work is bounded as in `sanitizeHtml`;
 * a text that was cut ends with " […]".
 */
export function htmlToText(html: string, limits: Partial<MarkupLimits> = {}): string {
  const limited = limitHtml(html, { ...HTML_LIMITS, ...limits });
  // sanitize-html decodes every entity while parsing and re-escapes only & < > " on output,
  // so undoing exactly those four gives the decoded text.
  const escaped = sanitize(limited.html.replace(BREAKS, ' $&'), {
    allowedTags: [],
    allowedAttributes: {},
  });
  const text = escaped
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  return limited.cut > 0 ? `${text} […]` : text;
}
