import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { DomainError, setUserRole } from '@moduleboard/core';
import { createAuth, loadAuthSecret } from '@moduleboard/server';
import { fail, openRuntime } from '../runtime';

const USAGE = `usage: moduleboard user create --email E --name N [--admin]
       moduleboard user role --email E --role admin|member
The password of a new account is read from MODULEBOARD_PASSWORD, or asked for.`;

export async function userCommand(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      admin: { type: 'boolean', default: false },
    },
  });
  const [action] = positionals;
  if (!values.email || (action !== 'create' && action !== 'role')) {
    return fail(USAGE, 2);
  }
  const runtime = await openRuntime();
  try {
    if (action === 'create') {
      const password = process.env.MODULEBOARD_PASSWORD ?? (await ask('Password: '));
      const auth = createAuth({
        config: runtime.config,
        db: runtime.handle.db,
        secret: loadAuthSecret(runtime.config),
      });
      try {
        await auth.api.signUpEmail({
          body: { email: values.email, password, name: values.name ?? values.email },
        });
      } catch (error) {
        return fail(
          `cannot create the account: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      if (values.admin) {
        await setUserRole({ ctx: runtime.ctx, input: { email: values.email, role: 'admin' } });
      }
      process.stdout.write(`created ${values.email}${values.admin ? ' (administrator)' : ''}\n`);
      return 0;
    }
    const role = values.role === 'admin' || values.role === 'member' ? values.role : undefined;
    if (!role) {
      return fail(USAGE, 2);
    }
    await setUserRole({ ctx: runtime.ctx, input: { email: values.email, role } });
    process.stdout.write(
      `${values.email} is now ${role === 'admin' ? 'an administrator' : 'a member'}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof DomainError) {
      return fail(error.message);
    }
    throw error;
  } finally {
    await runtime.close();
  }
}

async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
  }
}
