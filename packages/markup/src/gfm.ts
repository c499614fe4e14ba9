import type { MarkdownIt, StateCore } from 'markdown-it';

/**
 * What GitHub-flavoured Markdown adds that markdown-it's default preset lacks: task lists, and
 * links from bare `www.` addresses. (Tables, strikethrough and links from addresses with a
 * scheme are markdown-it's own.) Table alignment becomes an `align` attribute, because the
 * policy drops every inline style.
 */
export function useGfm(md: MarkdownIt): void {
  md.linkify.set({ fuzzyLink: true });
  const match = md.linkify.match.bind(md.linkify);
  // GitHub links a bare domain only when it starts with www.: "setup.py" stays text.
  md.linkify.match = (text) =>
    match(text)?.filter((found) => found.schema !== '' || /^www\./i.test(found.raw)) ?? null;
  md.core.ruler.after('inline', 'task-lists', markTaskItems);
  md.core.ruler.push('table-align', alignCells);
  md.renderer.rules.task_checkbox = (tokens, index) =>
    tokens[index]?.meta?.checked ? CHECKED_BOX : BOX;
}

const BOX = '<input type="checkbox" disabled /> ';
const CHECKED_BOX = '<input type="checkbox" checked disabled /> ';
const TASK = /^\[([ xX])\](?=\s|$)\s*/;

/**
 * A list item whose text starts with `[ ]` or `[x]` gets a disabled checkbox. markdown-it has
 * task lists only through plugins, and the known ones are unmaintained or do not load with
 * markdown-it 15; the rule is a dozen lines.
 */
function markTaskItems(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 2; i < tokens.length; i++) {
    const inline = tokens[i];
    const first = inline?.children?.[0];
    if (
      inline?.type !== 'inline' ||
      tokens[i - 1]?.type !== 'paragraph_open' ||
      tokens[i - 2]?.type !== 'list_item_open' ||
      first?.type !== 'text'
    ) {
      continue;
    }
    const found = TASK.exec(first.content);
    if (found) {
      first.content = first.content.slice(found[0].length);
      const box = new state.Token('task_checkbox', 'input', 0);
      box.meta = { checked: found[1] !== ' ' };
      inline.children?.unshift(box);
    }
  }
}

function alignCells(state: StateCore): void {
  for (const token of state.tokens) {
    if (token.type !== 'th_open' && token.type !== 'td_open') {
      continue;
    }
    const style = token.attrGet('style');
    const align = style ? /^text-align:(left|center|right)$/.exec(String(style))?.[1] : undefined;
    if (style !== null) {
      token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'style');
    }
    if (align) {
      token.attrSet('align', align);
    }
  }
}
