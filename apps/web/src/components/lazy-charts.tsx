import { lazy, type ReactNode, Suspense } from 'react';
import { LoadBoundary } from './load-boundary';

// Chart.js weighs more than the rest of the app: its charts load only when a page shows one,
// and a chunk that fails to load takes only the chart with it.
export const AuthorsChart = lazy(() =>
  import('../charts/authors-chart').then((chunk) => ({ default: chunk.AuthorsChart })),
);

export const ActivityChart = lazy(() =>
  import('../charts/activity-chart').then((chunk) => ({ default: chunk.ActivityChart })),
);

/** Where a lazy chart goes: room kept for it while it loads, a sentence if it cannot. */
export function ChartSlot({ children }: { children: ReactNode }) {
  return (
    <LoadBoundary what="The chart">
      <Suspense fallback={<div className="chart-placeholder" />}>{children}</Suspense>
    </LoadBoundary>
  );
}
