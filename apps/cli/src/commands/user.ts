import { createInterface } from 'node:readline/promises';
import { DomainError, setUserRole } from '@moduleboard/core';
import { createAuth, loadAuthSecret } from '@moduleboard/server';
import { fail, openRuntime, type Runtime } from '../runtime';

export interface CreateUserOptions {
  email: string;
  name?: string | undefined;
  admin?: boolean | undefined;
}

/**
 * `moduleboard user create`: an account with a password (MODULEBOARD_PASSWORD, or asked for on
 * the terminal), an administrator when asked.
 */
export function createUserCommand(options: CreateUserOptions): Promise<number> {
  return withRuntime(async (runtime) => {
    const password = runtime.config.accountPassword ?? (await ask('Password: '));
    const auth = createAuth({
      config: runtime.config,
      db: runtime.handle.db,
      secret: loadAuthSecret(runtime.config),
    });
    try {
      await auth.api.signUpEmail({
        body: { email: options.email, password, name: options.name ?? options.email },
      });
    } catch (error) {
      return fail(
        `cannot create the account: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (options.admin) {
      await setUserRole({ ctx: runtime.ctx, input: { email: options.email, role: 'admin' } });
    }
    process.stdout.write(`created ${options.email}${options.admin ? ' (administrator)' : ''}\n`);
    return 0;
  });
}

/** `moduleboard user role`: makes an account an administrator, or a member again. */
export function setRoleCommand(options: {
  email: string;
  role: 'admin' | 'member';
}): Promise<number> {
  return withRuntime(async (runtime) => {
    await setUserRole({ ctx: runtime.ctx, input: options });
    const what = options.role === 'admin' ? 'an administrator' : 'a member';
    process.stdout.write(`${options.email} is now ${what}\n`);
    return 0;
  });
}

async function withRuntime(work: (runtime: Runtime) => Promise<number>): Promise<number> {
  const runtime = await openRuntime();
  try {
    return await work(runtime);
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
