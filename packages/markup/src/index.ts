export { htmlToText } from './html-to-text';
export { type LimitedHtml, limitHtml } from './limit-html';
export { CUT_CLASS, HTML_LIMITS, MARKDOWN_LIMITS, type MarkupLimits } from './limits';
export { type RenderOptions, renderMarkdown } from './render-markdown';
export { type SanitizeOptions, sanitizeHtml } from './sanitize-html';
