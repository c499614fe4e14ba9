import type { Actor } from '../shared/context';
import { ForbiddenError, UnauthenticatedError } from '../shared/errors';
import { type Action, PERMISSIONS, type Role, roleMay } from './permissions';

/** The role an actor holds for the permission table; undefined for the system's own processes. */
export function roleOf(actor: Actor): Role | undefined {
  switch (actor.kind) {
    case 'anonymous':
      return 'anonymous';
    case 'user':
      return actor.role === 'admin' ? 'admin' : 'member';
    default:
      return undefined;
  }
}

/** Whether the actor may perform the action. */
export function can(actor: Actor, action: Action): boolean {
  const role = roleOf(actor);
  return role === undefined || roleMay(role, action);
}

/**
 * Throws when the actor may not perform the action: UNAUTHENTICATED for an anonymous visitor
 * (signing in may help), FORBIDDEN for an account whose role does not allow it.
 */
export function assertCan(actor: Actor, action: Action): void {
  if (can(actor, action)) {
    return;
  }
  const { doing } = PERMISSIONS[action];
  const roles: readonly Role[] = PERMISSIONS[action].roles;
  if (actor.kind === 'anonymous' && roles.some((role) => role !== 'anonymous')) {
    throw new UnauthenticatedError(`sign in to ${doing}`);
  }
  const who = roles.length === 1 && roles[0] === 'admin' ? 'an administrator' : 'some roles';
  throw new ForbiddenError(`only ${who} can ${doing}`);
}
