import {
  BarController,
  BarElement,
  CategoryScale,
  type ChartData,
  Chart as ChartJS,
  type ChartOptions,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { Chart } from 'react-chartjs-2';
import { type ActivityPoint, fillMonths, formatMonth } from '../lib/activity';
import { ACTIVITY_CHART_HEIGHT } from '../lib/chart-sizes';
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

interface Colors {
  text: string;
  grid: string;
  accent: string;
  people: string;
}

function themeColors(): Colors {
  return {
    text: cssColor('--muted', '#59636e'),
    grid: cssColor('--border', '#d8dee4'),
    accent: cssColor('--accent', '#1f5fb8'),
    people: cssColor('--people', '#b35c00'),
  };
}

/** Credited changes as bars; the people credited as a line, when there are people to count. */
function activityData(
  months: readonly ActivityPoint[],
  withPeople: boolean,
  colors: Colors,
): ChartData<'bar' | 'line'> {
  const changes = {
    type: 'bar' as const,
    label: 'Credited changes',
    data: months.map((point) => point.items),
    backgroundColor: colors.accent,
    borderRadius: 2,
    maxBarThickness: 28,
    pointStyle: 'rect' as const,
    yAxisID: 'y',
    order: 2,
  };
  const people = {
    type: 'line' as const,
    label: 'People credited',
    data: months.map((point) => point.people),
    borderColor: colors.people,
    backgroundColor: colors.people,
    borderWidth: 2,
    pointRadius: months.length > 40 ? 0 : 3,
    pointStyle: 'rectRot' as const,
    // Straight: a curve between two months would invent values between them.
    tension: 0,
    yAxisID: 'people',
    order: 1,
  };
  return {
    labels: months.map((point) => formatMonth(point.month)),
    datasets: withPeople ? [changes, people] : [changes],
  };
}

/** Months across, changes up the left, people up the right (a few people make many changes). */
function activityOptions(withPeople: boolean, colors: Colors): ChartOptions<'bar' | 'line'> {
  const axisTitle = (text: string) => ({ display: true, text, color: colors.text });
  const people = {
    position: 'right' as const,
    beginAtZero: true,
    title: axisTitle('People'),
    ticks: { color: colors.text, precision: 0 },
    grid: { display: false },
  };
  return {
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
          color: colors.text,
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
        ticks: { color: colors.text, autoSkip: true, maxRotation: 0 },
        grid: { display: false },
      },
      y: {
        beginAtZero: true,
        title: axisTitle('Changes'),
        ticks: { color: colors.text, precision: 0 },
        grid: { color: colors.grid },
      },
      ...(withPeople ? { people } : {}),
    },
  };
}

/**
 * Credited changes per month as bars, and the people credited as a line on an axis of its own.
 * The figure around it says the same in words and holds the numbers in a table.
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
  const colors = themeColors();
  return (
    <div className="chart activity-chart" style={{ height: ACTIVITY_CHART_HEIGHT }}>
      <Chart
        type="bar"
        role="img"
        aria-label={label}
        data={activityData(fillMonths(points), withPeople, colors)}
        options={activityOptions(withPeople, colors)}
      />
    </div>
  );
}
