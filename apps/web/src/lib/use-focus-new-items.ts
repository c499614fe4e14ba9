import { type RefObject, useEffect, useRef } from 'react';

/**
 * "Show more" disappears or moves when the next page arrives: carry keyboard focus to the first
 * new entry of the list instead of dropping it on the body. The entries need `tabIndex={-1}`.
 */
export function useFocusNewItems(list: RefObject<HTMLElement | null>, count: number): void {
  const shown = useRef(0);
  useEffect(() => {
    const before = shown.current;
    shown.current = count;
    if (before > 0 && count > before) {
      const item = list.current?.children.item(before);
      if (item instanceof HTMLElement) {
        item.focus();
      }
    }
  }, [list, count]);
}
