import { type RefObject, useEffect, useRef } from 'react';

/**
 * A view that reloads in place (another folder, another filter) unmounts the link that was just
 * followed, and keyboard focus falls back to the page's body. Once the new content is there,
 * pick it up at `target` (which needs `tabIndex={-1}`); focus that survived is left alone.
 */
export function useFocusWhenLost(
  target: RefObject<HTMLElement | null>,
  key: string,
  ready: boolean,
): void {
  const seen = useRef(key);
  useEffect(() => {
    if (!ready || seen.current === key) {
      return;
    }
    seen.current = key;
    const active = document.activeElement;
    if (!active || active === document.body) {
      target.current?.focus();
    }
  }, [target, key, ready]);
}
