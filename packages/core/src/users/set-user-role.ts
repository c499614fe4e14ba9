import { schema } from '@moduleboard/db';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { assertCan } from '../access/can';
import type { Ctx } from '../shared/context';
import { NotFoundError } from '../shared/errors';

export const SetUserRoleInput = z.object({
  email: z.email('must be an e-mail address'),
  role: z.enum(['admin', 'member']),
});
export type SetUserRoleInput = z.infer<typeof SetUserRoleInput>;

/** Makes an account an administrator, or a member again. */
export async function setUserRole({ ctx, input }: { ctx: Ctx; input: SetUserRoleInput }) {
  const { email, role } = SetUserRoleInput.parse(input);
  assertCan(ctx.actor, 'users.setRole');
  const [user] = await ctx.db
    .update(schema.users)
    .set({ role, updatedAt: ctx.now() })
    .where(eq(schema.users.email, email.toLowerCase()))
    .returning({ id: schema.users.id });
  if (!user) {
    throw new NotFoundError(`no account with the e-mail address ${email}`);
  }
  return { userId: user.id, role };
}
