export {
  type AuthorActivity,
  type ChangeFilter,
  changeCursor,
  countModuleChanges,
  likeLiteral,
  listModuleChanges,
  moduleAuthors,
} from './list-changes';
export {
  type DivergentCommit,
  type ModuleDivergence,
  moduleDivergence,
} from './module-divergence';
export { moduleTree, summarizePath, type TreeEntry, treeRoots } from './module-tree';
export {
  findNumberedItems,
  itemsLinkingChange,
  parseReferences,
  type Reference,
  type ReferenceKind,
} from './references';
