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

/**
 * Where a lazy chart goes: a box of the chart's own height while its code loads (the page does
 * not move when it comes), a sentence if it cannot.
 */
export function ChartSlot({ height, children }: { height: string; children: ReactNode }) {
  return (
    <LoadBoundary what="The chart">
      <Suspense
        fallback={
          <div className="chart-placeholder" style={{ height }}>
            Loading the chart…
          </div>
        }
      >
        {children}
      </Suspense>
    </LoadBoundary>
  );
}
