import { createHash } from 'node:crypto';
import type { NormalizedItem } from '@moduleboard/connectors/types';

/**
 * A hash of everything a source said of an item. Comments are left out: they are stored as
 * events, each once by its key.
 */
export function digestItem(item: NormalizedItem): string {
  if (item.digest) {
    return item.digest;
  }
  const { comments: _comments, ...content } = item;
  return createHash('sha1').update(JSON.stringify(content)).digest('base64url');
}
