export { anyConnector, type ConnectorSet } from './connector-set';
export { describeSyncError } from './describe-error';
export { type SyncProgress, type SyncReport, syncSource } from './sync-source';
export { selectSources, type SyncSourcesInput, syncSources } from './sync-sources';
