import { Parser } from 'htmlparser2';

/**
 * The most elements sanitize-html's parser holds open at once while reading `html`: what the
 * work per tag grows with. Only for bounded documents (the parser is what is being bounded).
 */
export function parserDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  const parser = new Parser({
    onopentag() {
      depth += 1;
      deepest = Math.max(deepest, depth);
    },
    onclosetag() {
      depth -= 1;
    },
  });
  parser.write(html);
  parser.end();
  return deepest;
}

/** What could run or restyle: such tags, a handler or a style on a tag, a script or data URL. */
export const NOT_INERT =
  /<(?:script|style|iframe|svg|form)|<[^>]*\s(?:on\w+|style)=|<[^>]*\s(?:href|src)="\s*(?:javascript|data):/i;
