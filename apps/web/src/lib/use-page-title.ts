import { useEffect } from 'react';

const SITE = 'Moduleboard';

/**
 * Names the browser tab (and history entry) after the page, most specific part first. Null
 * leaves the title alone: a page still loading, or one that hands over to a not-found page
 * naming itself.
 */
export function usePageTitle(...parts: (string | null)[]): void {
  const title = parts.some((part) => part === null) ? null : [...parts, SITE].join(' · ');
  useEffect(() => {
    if (title !== null) {
      document.title = title;
    }
  }, [title]);
}
