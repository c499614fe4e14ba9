export { loadAuthSecret } from './auth/auth-secret';
export { type Auth, actorOf, createAuth } from './auth/create-auth';
export { createConnectors } from './connectors';
export { type App, createApp } from './create-app';
export type { AppDeps } from './deps';
export { HTTP_STATUS } from './errors';
export { type RunningServer, startServer } from './start-server';
