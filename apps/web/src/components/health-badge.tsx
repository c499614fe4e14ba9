import type { SourceHealth, SourceKind } from '../generated/graphql';
import { healthWords } from '../lib/sources';

/** A source's health as a word first; its colour only repeats it. */
export function HealthBadge({ source }: { source: { kind: SourceKind; health: SourceHealth } }) {
  const { key, label, title } = healthWords(source);
  return (
    <span className={`badge health-${key}`} title={title}>
      {label}
    </span>
  );
}
