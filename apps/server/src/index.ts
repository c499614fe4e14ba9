export { type App, createApp } from './create-app';
export type { AppDeps } from './deps';
export { HTTP_STATUS } from './errors';
export { startServer, type RunningServer } from './start-server';
export { createConnectors } from './connectors';
