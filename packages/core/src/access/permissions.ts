/**
 * Who may do what. Every mutation, and every read of data that is not public, is an action in
 * this one table; verbs check it through `assertCan`, and the authorization tests are generated
 * from it, so a rule changes in one place.
 *
 * Roles, from the actor: `anonymous` (no account), `member` (any signed-in account), `admin`.
 * Processes of the system itself (a sync job, a webhook delivery, the operator at the command
 * line) act as `system` and may do everything: they are not reachable from outside.
 */
export type Role = 'anonymous' | 'member' | 'admin';

export const ROLES: readonly Role[] = ['anonymous', 'member', 'admin'];

export interface Permission {
  /** The roles allowed. */
  roles: readonly Role[];
  /** What the action does, after "to": the refusal names it ("sign in to import projects"). */
  doing: string;
}

export const PERMISSIONS = {
  'projects.import': { roles: ['admin'], doing: 'import projects' },
  'users.setRole': { roles: ['admin'], doing: 'change the role of an account' },
  // Merge reasons quote raw e-mail addresses, which the rest of the API obfuscates.
  'merges.read': { roles: ['admin'], doing: 'review identity merges' },
  'merges.review': { roles: ['admin'], doing: 'undo or redo identity merges' },
} as const satisfies Record<string, Permission>;

export type Action = keyof typeof PERMISSIONS;

export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

/** Whether a role may perform an action, by the table alone. */
export function roleMay(role: Role, action: Action): boolean {
  const allowed: readonly Role[] = PERMISSIONS[action].roles;
  return allowed.includes(role);
}
