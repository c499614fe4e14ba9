export { createConnectors } from './connectors';
export { type App, createApp } from './create-app';
export type { AppDeps } from './deps';
export { HTTP_STATUS } from './errors';
export { type RunningServer, startServer } from './start-server';
