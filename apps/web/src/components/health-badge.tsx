import type { SourceHealth } from '../generated/graphql';
import { healthWords } from '../lib/sources';

/** A source's health as a word first; its colour only repeats it. */
export function HealthBadge({ health }: { health: SourceHealth }) {
  const { key, label, title } = healthWords(health);
  return (
    <span className={`badge health-${key}`} title={title}>
      {label}
    </span>
  );
}
