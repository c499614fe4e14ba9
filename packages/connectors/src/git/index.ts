export type { GitCommit, GitFileChange } from './log-format';
export { LogParser, parseNameStatus, unquotePath } from './parse-log';
export { createLogMarkers } from './log-format';
export { readGitLog, type ReadLogOptions } from './read-log';
export { countDivergence, isAncestor, resolveRevision } from './repository';
export { runGit, streamGit } from './run-git';
export {
  commitToItem,
  createGitConnector,
  type GitConnectorOptions,
  type GitCursor,
  type GitSourceConfig,
} from './git-connector';
