// Contributor pages show addresses the way the crediting rules ask: obfuscated.
export { obfuscateEmails } from '@moduleboard/contribulyzer';
export { creditWeights } from './credit-weights';
export { loadIdentityFiles } from './identity-files';
export {
  countMerges,
  listMerges,
  type MergeRow,
  mergesByIds,
  redoMerge,
  SetMergeInput,
  undoMerge,
} from './merges';
export {
  type ActivityPoint,
  type ContributorFilter,
  type ContributorStats,
  type CreditRow,
  contributorStats,
  countContributors,
  creditActivity,
  listContributors,
  listCredits,
} from './read-contributors';
export {
  type IdentityRow,
  identitiesByIds,
  identitiesOfPeople,
  type PersonRow,
  peopleByIds,
} from './read-people';
export { resolvePeople } from './resolve-people';
export { storeCredits } from './store-credits';
