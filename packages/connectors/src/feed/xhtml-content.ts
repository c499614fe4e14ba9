const TEXT_CONSTRUCT =
  /<((?:[A-Za-z_][\w.-]*:)?(?:content|summary|title|subtitle|rights))(\s[^<>]*?)?(\/?)>/g;
const XHTML_TYPE = /\btype\s*=\s*(["'])xhtml\1/;

/**
 * Rewrites Atom text constructs of `type="xhtml"` into `type="html"` holding the same markup,
 * escaped. Why: xml2js (under rss-parser) turns an element into an object that keeps the
 * text and the child elements apart, so the mixed content of inline XHTML
 * ("see <a>this</a> now") comes back reordered. public-inbox, a typical list archive, sends
 * every message this way. As escaped HTML the markup reaches us intact as one string.
 */
export function escapeXhtmlConstructs(xml: string): string {
  if (!xml.includes('xhtml')) {
    return xml;
  }
  let out = '';
  let from = 0;
  TEXT_CONSTRUCT.lastIndex = 0;
  for (let open = TEXT_CONSTRUCT.exec(xml); open; open = TEXT_CONSTRUCT.exec(xml)) {
    const [tag, name = '', attributes = '', selfClosing] = open;
    if (selfClosing || !XHTML_TYPE.test(attributes)) {
      continue;
    }
    const innerStart = open.index + tag.length;
    const close = findClose(xml, name, innerStart);
    if (!close) {
      break;
    }
    const inner = xml.slice(innerStart, close.start);
    out += xml.slice(from, open.index);
    out += `<${name}${attributes.replace(XHTML_TYPE, 'type="html"')}>`;
    out += escapeText(unwrapCdata(inner));
    out += `</${name}>`;
    from = close.end;
    TEXT_CONSTRUCT.lastIndex = close.end;
  }
  return out + xml.slice(from);
}

/** The closing tag that matches an opening one, counting nested elements of the same name. */
function findClose(xml: string, name: string, from: number): { start: number; end: number } | null {
  const escapedName = name.replace(/[.]/g, '\\.');
  const tags = new RegExp(`<(/?)${escapedName}(?=[\\s/>])[^<>]*?(/?)>`, 'g');
  tags.lastIndex = from;
  let depth = 1;
  for (let tag = tags.exec(xml); tag; tag = tags.exec(xml)) {
    if (tag[1] === '/') {
      depth -= 1;
      if (depth === 0) {
        return { start: tag.index, end: tag.index + tag[0].length };
      }
    } else if (tag[2] !== '/') {
      depth += 1;
    }
  }
  return null;
}

// Inside CDATA the text is literal; escaping it keeps it literal once the whole is escaped.
function unwrapCdata(xml: string): string {
  return xml.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, text: string) => escapeText(text));
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
