import { BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { authorsChartHeight } from '../lib/chart-sizes';
import { chartAnimation, cssColor } from './chart-theme';

Chart.register(BarElement, CategoryScale, LinearScale, Tooltip);

/**
 * Changes per author as horizontal bars (names read better across than under a column). The
 * table beside it holds the same numbers for anyone who cannot see the canvas.
 */
export function AuthorsChart({
  authors,
}: {
  authors: readonly { name: string; changes: number }[];
}) {
  const text = cssColor('--muted', '#59636e');
  return (
    <div className="chart" style={{ height: authorsChartHeight(authors.length) }}>
      <Bar
        role="img"
        aria-label={`Bar chart of changes by author: ${authors
          .map((a) => `${a.name} ${a.changes}`)
          .join(', ')}`}
        data={{
          labels: authors.map((a) => a.name),
          datasets: [
            {
              label: 'Changes',
              data: authors.map((a) => a.changes),
              backgroundColor: cssColor('--accent', '#1f5fb8'),
              borderRadius: 3,
              maxBarThickness: 22,
            },
          ],
        }}
        options={{
          indexAxis: 'y',
          responsive: true,
          maintainAspectRatio: false,
          animation: chartAnimation(),
          plugins: { legend: { display: false } },
          scales: {
            x: {
              beginAtZero: true,
              ticks: { color: text, precision: 0 },
              grid: { color: cssColor('--border', '#d8dee4') },
            },
            y: { ticks: { color: text }, grid: { display: false } },
          },
        }}
      />
    </div>
  );
}
