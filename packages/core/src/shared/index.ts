export { checkDatabase } from './check-database';
export { type Actor, actorLabel, type Ctx, isAdmin } from './context';
export * from './errors';
export { type EntityType, type ParsedId, parsePublicId, parsePublicIdOf, toPublicId } from './ids';
export { createLogger, type LogFields, type Logger, type LogLevel, silentLogger } from './logger';
export * from './pagination';
