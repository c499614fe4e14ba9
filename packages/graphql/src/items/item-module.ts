import type { ItemModuleLink } from '@moduleboard/core';

/** An item's membership of one module: the module and every reason it is there. */
export interface ItemModuleShape {
  moduleId: number;
  reasons: ItemModuleLink['reason'][];
}

export function groupLinks(links: ItemModuleLink[]): ItemModuleShape[] {
  const byModule = new Map<number, ItemModuleShape>();
  for (const link of links) {
    const entry = byModule.get(link.moduleId) ?? { moduleId: link.moduleId, reasons: [] };
    entry.reasons.push(link.reason);
    byModule.set(link.moduleId, entry);
  }
  return [...byModule.values()];
}
