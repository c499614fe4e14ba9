export { computeDivergence, type Divergence, type DivergentCommit } from './divergence';
export { docExternalId, docTitle, scanDocs } from './doc-items';
export {
  commitToItem,
  createGitConnector,
  fillPattern,
  type GitConnectorOptions,
  type GitCursor,
  type GitSourceConfig,
} from './git-connector';
export type { GitCommit, GitFileChange } from './log-format';
export { createLogMarkers } from './log-format';
export { LogParser, parseNameStatus, unquotePath } from './parse-log';
export { readBlobs } from './read-blobs';
export { type ReadLogOptions, readGitLog, readGitLogChunks } from './read-log';
export { type LineCounts, readNumstat } from './read-numstat';
export { countDivergence, isAncestor, resolveRevision } from './repository';
export { runGit, streamGit } from './run-git';
