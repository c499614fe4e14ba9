import type { ItemKind } from '../generated/graphql';
import { countKind, sortCounts } from '../lib/kinds';

/** "12 changes · 3 bugs", or a quiet "no items yet". */
export function ItemCounts({ counts }: { counts: readonly { kind: ItemKind; count: number }[] }) {
  const present = sortCounts(counts);
  if (present.length === 0) {
    return <span className="counts counts-empty">no items yet</span>;
  }
  return (
    <ul className="counts">
      {present.map((c) => (
        <li key={c.kind}>{countKind(c.kind, c.count)}</li>
      ))}
    </ul>
  );
}
