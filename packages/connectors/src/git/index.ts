export {
  commitToItem,
  createGitConnector,
  type GitConnectorOptions,
  type GitCursor,
  type GitSourceConfig,
} from './git-connector';
export type { GitCommit, GitFileChange } from './log-format';
export { createLogMarkers } from './log-format';
export { LogParser, parseNameStatus, unquotePath } from './parse-log';
export { type ReadLogOptions, readGitLog } from './read-log';
export { countDivergence, isAncestor, resolveRevision } from './repository';
export { runGit, streamGit } from './run-git';
