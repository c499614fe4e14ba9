export { digestItem } from './digest';
export { type ItemEvent, insertEvents } from './events';
export { personLabel } from './item-row';
export {
  type ChangeFileRow,
  countModuleItems,
  filesOfItems,
  findItemByExternalId,
  findItemsBySha,
  ITEM_KINDS,
  type ItemKind,
  type ItemModuleLink,
  type ItemRow,
  itemsByIds,
  listModuleItemKeys,
  type MilestoneRow,
  type ModuleItemKey,
  milestonesByIds,
  moduleItemCursor,
  moduleLinksOfItems,
} from './read-items';
export { type StoreItemsInput, type StoreItemsResult, storeItems } from './store-items';
export { loadMilestoneIds, storeMilestones } from './store-milestones';
