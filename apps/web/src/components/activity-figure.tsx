import { useId } from 'react';
import { type ActivityPoint, formatMonth, summarizeActivity } from '../lib/activity';
import { ACTIVITY_CHART_HEIGHT } from '../lib/chart-sizes';
import { ActivityChart, ChartSlot } from './lazy-charts';

/**
 * Activity over time, for looking (the chart), for reading (a sentence saying what it shows)
 * and for checking (the numbers, on demand).
 */
export function ActivityFigure({
  points,
  withPeople,
  title,
}: {
  points: readonly ActivityPoint[];
  withPeople: boolean;
  title: string;
}) {
  const id = useId();
  const summary = summarizeActivity(points, { withPeople });
  const shape = withPeople
    ? 'Bar chart of credited changes per month, with a line of the people credited'
    : 'Bar chart of credited changes per month';
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-title`}>
      <figcaption>
        <span className="chart-title" id={`${id}-title`}>
          {title}
        </span>
        <span className="chart-summary">{summary}</span>
      </figcaption>
      <ChartSlot height={ACTIVITY_CHART_HEIGHT}>
        <ActivityChart points={points} withPeople={withPeople} label={`${shape}. ${summary}`} />
      </ChartSlot>
      <details className="chart-data">
        <summary>The numbers by month</summary>
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{title}, months with credits</caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col" className="numeric">
                  Changes
                </th>
                {withPeople && (
                  <th scope="col" className="numeric">
                    People
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {points.map((point) => (
                <tr key={point.month}>
                  <th scope="row">{formatMonth(point.month, 'long')}</th>
                  <td className="numeric">{point.items}</td>
                  {withPeople && <td className="numeric">{point.people}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
