export { digestItem } from './digest';
export { type ItemEvent, insertEvents } from './events';
export {
  ITEM_KINDS,
  type ItemKind,
  type ItemModuleLink,
  type ItemRow,
  itemsByIds,
  listModuleItemKeys,
  type ModuleItemKey,
  moduleItemCursor,
  moduleLinksOfItems,
} from './read-items';
export { personLabel, type StoreItemsInput, type StoreItemsResult, storeItems } from './store-items';
export { loadMilestoneIds, storeMilestones } from './store-milestones';
