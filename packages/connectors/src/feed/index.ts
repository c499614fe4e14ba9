export { createFeedConnector, type FeedConnectorOptions, type FeedSourceConfig } from './connector';
export { FeedCursor } from './cursor';
export { decodeFeedText } from './decode-text';
export { parseFeedDate } from './feed-date';
export {
  DEFAULT_MAX_REDIRECTS,
  DEFAULT_TIMEOUT_MS,
  DEFAULT_USER_AGENT,
  type FetchFeedOptions,
  type FetchFeedResult,
  fetchFeed,
  type Validators,
} from './fetch-feed';
export { createGuardedAgent, type GuardedAgentOptions, type ResolveHost } from './guarded-agent';
export { type ParseFeedOptions, parseFeed } from './parse-feed';
export { mergePeople, parsePerson } from './person';
export { firstWords, titleText } from './plain-text';
export { DEFAULT_MAX_BYTES, formatBytes } from './read-capped';
export {
  type FileStamp,
  type ReadFeedFileOptions,
  type ReadFeedFileResult,
  readFeedFile,
} from './read-feed-file';
export {
  type AddressClass,
  type AddressPolicy,
  checkAddress,
  classifyAddress,
  isPublicAddress,
  RefusedAddressError,
} from './ssrf';
