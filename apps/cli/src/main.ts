import { runCli } from './cli';

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Not a mistake of the command line or the environment: one of ours, with its stack.
    process.stderr.write(`moduleboard: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
