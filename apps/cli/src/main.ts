import { ConfigError } from '@moduleboard/config/config-error';

interface Command {
  summary: string;
  run(args: string[]): Promise<number>;
}

// Each command is loaded only when named, so `credits` starts without the server's weight.
const commands: Record<string, Command> = {
  serve: {
    summary: 'serve the web app, GraphQL and feeds (runs sync jobs too when embedded)',
    run: async (args) => (await import('./commands/serve')).serveCommand(args),
  },
  worker: {
    summary: 'run sync and webhook jobs from the queue (with DATABASE_URL)',
    run: async (args) => (await import('./commands/worker')).workerCommand(args),
  },
  migrate: {
    summary: 'apply pending database migrations',
    run: async (args) => (await import('./commands/migrate')).migrateCommand(args),
  },
  import: {
    summary: 'import <file>: create or update projects from a projects file',
    run: async (args) => (await import('./commands/import')).importCommand(args),
  },
  sync: {
    summary: 'sync [--project P] [--source S]: sync sources now, with progress',
    run: async (args) => (await import('./commands/sync')).syncCommand(args),
  },
  user: {
    summary: 'user create|role --email E …: create an account, make it an administrator',
    run: async (args) => (await import('./commands/user')).userCommand(args),
  },
  credits: {
    summary: 'credits <git-dir> [options]: credit contributors named in commit messages',
    run: async (args) => (await import('./commands/credits')).creditsCommand(args),
  },
};

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const lines = Object.entries(commands).map(
    ([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`,
  );
  return `usage: moduleboard <command> [options]\n\ncommands:\n${lines.join('\n')}\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 1;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`moduleboard: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  return command.run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof ConfigError) {
      process.stderr.write(`moduleboard: ${error.message}\n`);
      process.exitCode = 78; // EX_CONFIG
      return;
    }
    process.stderr.write(`moduleboard: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
