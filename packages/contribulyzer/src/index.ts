export type { CommitCredits, CommitInput, Credit } from './commit-credits';
export { authorRef, CommitCreditor, creditCommit } from './commit-credits';
export type { CommitList } from './commit-list';
export { listCommits } from './commit-list';
export type { CommitterEntry, Committers } from './committers';
export { createCommitters, parseCommitters } from './committers';
export { detach } from './detach';
export type { SvnOrigin } from './git-svn';
export { isSvnUuidEmail, splitGitSvnId, svnUsernameFromEmail } from './git-svn';
export { githubLoginFromEmail } from './github';
export type {
  IdentityResolverOptions,
  MergeEdge,
  Resolution,
  ResolvedPerson,
  UndoneMerge,
} from './identity-resolver';
export { IdentityResolver } from './identity-resolver';
export type { Mailmap, MailmapEntry } from './mailmap';
export { createMailmap, parseMailmap } from './mailmap';
export type { MergeKey, MergeReason, MergeSources } from './merge-keys';
export { canonicalNameOf, MERGE_REASON_ORDER, mergeKeysOf } from './merge-keys';
export { decodeObfuscation, obfuscateEmails } from './obfuscation';
export type { ParseMessageOptions } from './parse-message';
export { parseMessage } from './parse-message';
export { stablePersonId } from './person-id';
export { chooseDisplayName } from './person-name';
export type { PersonRef } from './person-ref';
export { foldName, identityKey, normalizePersonRef } from './person-ref';
export type { PersonValue } from './person-value';
export { parsePersonValue, splitPeople } from './person-value';
export type { CreditConfig, CreditConfigInput, FieldRule } from './roles';
export {
  createCreditConfig,
  defaultCreditConfig,
  normalizeFieldKey,
  parseCreditConfig,
} from './roles';
export type {
  MessageCredit,
  ParsedMessage,
  ParseLimits,
  SkippedPart,
  SkipReason,
  UnrecognisedField,
} from './scan-context';
export { defaultParseLimits } from './scan-context';
export type { Contributor, ContributorAside, ContributorCommit, TallyCommit } from './tally';
export { CreditTally, compareContributors } from './tally';
export type { ReadPerson } from './value-cache';
export { ValueCache } from './value-cache';
