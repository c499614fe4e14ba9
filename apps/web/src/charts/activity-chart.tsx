import {
  BarController,
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { Chart } from 'react-chartjs-2';
import { type ActivityPoint, fillMonths, formatMonth } from '../lib/activity';
import { chartAnimation, cssColor } from './chart-theme';

ChartJS.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);

/**
 * Credited changes per month as bars, and the people credited as a line on an axis of its own
 * (a handful of people can make hundreds of changes). The figure around it says the same in
 * words and holds the numbers in a table.
 */
export function ActivityChart({
  points,
  withPeople,
  label,
}: {
  points: readonly ActivityPoint[];
  /** False for one person, who is always one. */
  withPeople: boolean;
  /** The canvas's accessible name. */
  label: string;
}) {
  const months = fillMonths(points);
  const text = cssColor('--muted', '#59636e');
  const grid = cssColor('--border', '#d8dee4');
  const accent = cssColor('--accent', '#1f5fb8');
  const people = cssColor('--people', '#b35c00');
  const axisTitle = (title: string) => ({ display: true, text: title, color: text });
  return (
    <div className="chart activity-chart">
      <Chart
        type="bar"
        role="img"
        aria-label={label}
        data={{
          labels: months.map((point) => formatMonth(point.month)),
          datasets: [
            {
              type: 'bar' as const,
              label: 'Credited changes',
              data: months.map((point) => point.items),
              backgroundColor: accent,
              borderRadius: 2,
              maxBarThickness: 28,
              pointStyle: 'rect',
              yAxisID: 'y',
              order: 2,
            },
            ...(withPeople
              ? [
                  {
                    type: 'line' as const,
                    label: 'People credited',
                    data: months.map((point) => point.people),
                    borderColor: people,
                    backgroundColor: people,
                    borderWidth: 2,
                    pointRadius: months.length > 40 ? 0 : 3,
                    pointStyle: 'rectRot',
                    // Straight: a curve between two months would invent values between them.
                    tension: 0,
                    yAxisID: 'people',
                    order: 1,
                  },
                ]
              : []),
          ],
        }}
        options={{
          responsive: true,
          maintainAspectRatio: false,
          animation: chartAnimation(),
          interaction: { mode: 'index', intersect: false },
          plugins: {
            legend: {
              display: withPeople,
              position: 'top',
              align: 'start',
              labels: {
                color: text,
                boxWidth: 14,
                usePointStyle: true,
                // The bars first, as they are drawn behind the line.
                sort: (a, b) => (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0),
              },
            },
          },
          scales: {
            x: {
              title: axisTitle('Month'),
              ticks: { color: text, autoSkip: true, maxRotation: 0 },
              grid: { display: false },
            },
            y: {
              beginAtZero: true,
              title: axisTitle('Changes'),
              ticks: { color: text, precision: 0 },
              grid: { color: grid },
            },
            ...(withPeople
              ? {
                  people: {
                    position: 'right' as const,
                    beginAtZero: true,
                    title: axisTitle('People'),
                    ticks: { color: text, precision: 0 },
                    grid: { display: false },
                  },
                }
              : {}),
          },
        }}
      />
    </div>
  );
}
