/**
 * How tall each chart is drawn. Its box keeps this height while the chart's code loads, so
 * nothing below it moves when the chart appears.
 */
export const ACTIVITY_CHART_HEIGHT = '13rem';

/** Room for the axis, then a bar per author. */
export function authorsChartHeight(authors: number): string {
  return `${2.5 + authors * 1.75}rem`;
}
