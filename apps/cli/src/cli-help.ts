import { type CommanderError, Help, type HelpConfiguration } from '@commander-js/extra-typings';

/**
 * How every command's help reads: `usage: moduleboard <command> …`, then its description and
 * its options, headings in lower case. Commander lays it out; this only names the program.
 */
export const HELP: HelpConfiguration = {
  helpWidth: 100,
  styleTitle: (title) => title.toLowerCase(),
  // `--out DIR` rather than `--out <dir>`: values in capitals, as manual pages write them.
  optionTerm: (option) =>
    option.flags.replace(/<([^>]+)>/g, (_, name: string) => name.toUpperCase()),
  commandUsage(cmd) {
    const usage = Help.prototype.commandUsage.call(this, cmd);
    // A command defined on its own (credits parses its arguments apart) is still ours.
    return cmd.parent || cmd.name() === 'moduleboard' ? usage : `moduleboard ${usage}`;
  },
};

/** Exit status of a command line that is wrong (an unknown option, a bad or missing value). */
export const USAGE_ERROR = 2;

/**
 * A command-line mistake on one line: Commander's words without their `error: ` prefix. Only
 * the display changes; which mistake it is comes from the error's code.
 */
export function usageMessage(error: CommanderError): string {
  return usageLine(error.message);
}

/** Commander's report of a mistake (`error: …`, maybe a suggestion below) as one line. */
export function usageLine(report: string): string {
  const text = report.startsWith('error: ') ? report.slice('error: '.length) : report;
  const line = text.trim().split('\n').join(' ');
  return line.charAt(0).toUpperCase() + line.slice(1);
}

/**
 * Whether Commander stopped because help was asked for (`--help`, `help <command>`), not for
 * a mistake: it says so by the exit status it chose.
 */
export function isHelp(error: CommanderError): boolean {
  return error.exitCode === 0;
}
