import { describe, expect, it } from 'vitest';
import type { Actor } from '../shared/context';
import { DomainError } from '../shared/errors';
import { assertCan, can, roleOf } from './can';
import { ACTIONS, PERMISSIONS, ROLES, type Role } from './permissions';

const ACTOR_OF: Record<Role, Actor> = {
  anonymous: { kind: 'anonymous' },
  member: { kind: 'user', userId: 'u1', role: 'member' },
  admin: { kind: 'user', userId: 'u2', role: 'admin' },
};

const cases = ACTIONS.flatMap((action) =>
  ROLES.map((role) => ({
    action,
    role,
    allowed: (PERMISSIONS[action].roles as readonly Role[]).includes(role),
  })),
);

describe('the permission table', () => {
  it.each(cases)('$role may $action: $allowed', ({ action, role, allowed }) => {
    const actor = ACTOR_OF[role];
    expect(roleOf(actor)).toBe(role);
    expect(can(actor, action)).toBe(allowed);
    if (allowed) {
      expect(() => assertCan(actor, action)).not.toThrow();
    } else {
      const error = (() => {
        try {
          assertCan(actor, action);
        } catch (caught) {
          return caught;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe(
        role === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
      );
    }
  });

  it.each<Actor>([
    { kind: 'system' },
    { kind: 'sync', sourceId: 1 },
    { kind: 'webhook', deliveryId: 'd' },
  ])('lets the system’s own processes do everything ($kind)', (actor) => {
    for (const action of ACTIONS) {
      expect(can(actor, action)).toBe(true);
    }
  });
});
