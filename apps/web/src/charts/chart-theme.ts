/** A palette colour from the stylesheet, so charts follow light and dark schemes. */
export function cssColor(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/** No animation for readers who asked for less motion (and for steady screenshots). */
export function chartAnimation(): false | { duration: number } {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? false : { duration: 300 };
}
