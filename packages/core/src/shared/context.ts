import type { Db } from '@moduleboard/db';
import type { Logger } from './logger';

/** Who is acting: recorded on events and checked by verbs. */
export type Actor =
  | { kind: 'user'; userId: string; role: 'admin' | 'member'; name?: string | undefined }
  | { kind: 'anonymous' }
  | { kind: 'sync'; sourceId: number }
  | { kind: 'webhook'; deliveryId: string }
  | { kind: 'system' };

export interface Ctx {
  db: Db;
  actor: Actor;
  now: () => Date;
  logger: Logger;
}

/** How an actor is written on events: "user:<id>", "sync:<source>", "system"… */
export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case 'user':
      return `user:${actor.userId}`;
    case 'sync':
      return `sync:${actor.sourceId}`;
    case 'webhook':
      return `webhook:${actor.deliveryId}`;
    default:
      return actor.kind;
  }
}

export function isAdmin(actor: Actor): boolean {
  return actor.kind === 'system' || (actor.kind === 'user' && actor.role === 'admin');
}
