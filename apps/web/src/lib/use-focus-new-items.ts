import { type RefObject, useEffect, useRef } from 'react';

/**
 * "Show more" disappears or moves when the next page arrives: carry keyboard focus to the first
 * new entry of the list instead of dropping it on the body. The entries need `tabIndex={-1}`;
 * `entryAt` finds an entry where the list's children are not the entries themselves.
 */
export function useFocusNewItems<TList extends HTMLElement>(
  list: RefObject<TList | null>,
  count: number,
  entryAt: (list: TList, index: number) => Element | null | undefined = (element, index) =>
    element.children.item(index),
): void {
  const shown = useRef(0);
  const find = useRef(entryAt);
  find.current = entryAt;
  useEffect(() => {
    const before = shown.current;
    shown.current = count;
    if (before > 0 && count > before && list.current) {
      const item = find.current(list.current, before);
      if (item instanceof HTMLElement) {
        item.focus();
      }
    }
  }, [list, count]);
}
