import { Command, CommanderError, Option } from '@commander-js/extra-typings';
import { ConfigError } from '@moduleboard/config/config-error';
import { DataDirInUseError } from '@moduleboard/db/data-dir-in-use';
import { HELP, isHelp, USAGE_ERROR, usageLine } from './cli-help';
import { creditsCommandSpec } from './credits/options';

/** Where the command line writes; tests pass their own streams. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

// sysexits(3)'s EX_CONFIG: the environment, not the command line, is wrong.
const CONFIG_ERROR = 78;

/**
 * Runs `moduleboard <argv…>` and returns its exit status: 0 done (or help shown), 1 failed, 2 a
 * mistake on the command line (an unknown option, a bad or missing value: one line naming it,
 * then the command's usage), 78 a mistake in the environment.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let code = 0;
  const done = (status: number) => {
    code = status;
  };
  const program = createProgram({ argv, io, done });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return isHelp(error) ? 0 : USAGE_ERROR;
    }
    if (error instanceof ConfigError) {
      io.stderr.write(`moduleboard: ${error.message}\n`);
      return CONFIG_ERROR;
    }
    if (error instanceof DataDirInUseError) {
      io.stderr.write(`moduleboard: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

interface ProgramContext {
  argv: string[];
  io: CliIo;
  /** Takes the exit status of the command that ran. */
  done: (code: number) => void;
}

/**
 * Every command, its arguments and options. A command's code is loaded only when it runs, so
 * `credits` starts without the server's weight.
 */
export function createProgram(context: ProgramContext) {
  const { io } = context;
  const program = new Command('moduleboard')
    .usage('<command> [options]')
    .description('Moduleboard at the command line. Configuration comes from the environment.')
    .helpOption('-h, --help', 'this help')
    .helpCommand('help [command]', 'the help of a command')
    .configureHelp(HELP)
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`moduleboard: ${usageLine(text)}\n`),
    })
    .showHelpAfterError()
    // Options after a command's name are that command's (`user create --help`).
    .enablePositionalOptions()
    .exitOverride();
  addServerCommands(program, context);
  addDataCommands(program, context);
  addUserCommands(program, context);
  // credits reads its own arguments (the same definition), with or without this program.
  program.addCommand(
    creditsCommandSpec()
      .copyInheritedSettings(program)
      .action(async () => {
        const args = context.argv.slice(context.argv.indexOf('credits') + 1);
        context.done(await (await import('./commands/credits')).creditsCommand(args, io));
      }),
  );
  return program;
}

function addServerCommands(program: Command, { done }: ProgramContext): void {
  program
    .command('serve')
    .summary('serve the web app, GraphQL and webhooks')
    .description(
      'Serves the web app, GraphQL and webhooks on HOST:PORT. Sync jobs run in this process on the embedded database and for the demo; on PostgreSQL they run in `moduleboard worker` processes unless --jobs says otherwise.',
    )
    .option('--demo', 'import the demo on first start and sync it from its recordings')
    .addOption(new Option('--jobs', 'run sync and webhook jobs in this process too'))
    .addOption(new Option('--no-jobs', 'leave sync and webhook jobs to worker processes'))
    .action(async (options) =>
      done(await (await import('./commands/serve')).serveCommand(options)),
    );
  program
    .command('worker')
    .summary('run sync and webhook jobs from the queue (with DATABASE_URL)')
    .action(async () => done(await (await import('./commands/worker')).workerCommand()));
  program
    .command('migrate')
    .summary('apply pending database migrations')
    .action(async () => done(await (await import('./commands/migrate')).migrateCommand()));
}

function addDataCommands(program: Command, { done }: ProgramContext): void {
  program
    .command('import')
    .summary('create or update projects from a projects file')
    .argument('<file>', 'a projects file (YAML; see docs/projects-file.md)')
    .action(async (file) => done(await (await import('./commands/import')).importCommand(file)));
  program
    .command('sync')
    .summary('sync sources now, with a progress bar')
    .option('--project <slug>', 'only the sources of this project')
    .option('--source <name>', 'only the sources of this name')
    .action(async (options) => done(await (await import('./commands/sync')).syncCommand(options)));
}

function addUserCommands(program: Command, { done }: ProgramContext): void {
  const user = program.command('user').summary('create an account, make it an administrator');
  user
    .command('create')
    .summary('create an account (its password from MODULEBOARD_PASSWORD, or asked for)')
    .requiredOption('--email <email>', 'the address to sign in with')
    .option('--name <name>', 'the name shown (the address by default)')
    .option('--admin', 'make it an administrator')
    .action(async (options) =>
      done(await (await import('./commands/user')).createUserCommand(options)),
    );
  user
    .command('role')
    .summary('make an account an administrator, or a member again')
    .requiredOption('--email <email>', 'the account')
    .addOption(
      new Option('--role <role>', 'what it becomes')
        .choices(['admin', 'member'] as const)
        .makeOptionMandatory(),
    )
    .action(async (options) =>
      done(await (await import('./commands/user')).setRoleCommand(options)),
    );
}
