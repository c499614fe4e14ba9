import { isMap, isSeq, type Node } from 'yaml';

/** Where a value sits in a parsed projects file: keys and list indexes from the root. */
export type Path = (string | number)[];

/** The offset in the text of the value at `path` (or of `key` in it), as near as it exists. */
export function offsetOf(root: unknown, path: Path, key?: string): number {
  let node = root as Node | null | undefined;
  let offset = node?.range?.[0] ?? 0;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => scalarValue(item.key) === step);
      if (!pair) {
        break;
      }
      offset = (pair.key as Node | null)?.range?.[0] ?? offset;
      node = pair.value as Node | null;
      if (node?.range) {
        offset = node.range[0];
      }
    } else if (isSeq(node) && typeof step === 'number') {
      node = node.items[step] as Node | null | undefined;
      if (!node?.range) {
        break;
      }
      offset = node.range[0];
    } else {
      break;
    }
  }
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((item) => scalarValue(item.key) === key);
    offset = (pair?.key as Node | null)?.range?.[0] ?? offset;
  }
  return offset;
}

function scalarValue(node: unknown): unknown {
  return node && typeof node === 'object' && 'value' in node ? node.value : node;
}

/** A path as a person reads it: `projects[0].modules[2].slug`. */
export function formatPath(path: Path): string {
  return path.reduce<string>(
    (out, step) => (typeof step === 'number' ? `${out}[${step}]` : out ? `${out}.${step}` : step),
    '',
  );
}

export function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
