import { readGitLogChunks } from '@moduleboard/connectors/git';
import { CommitCreditor, CreditTally } from '@moduleboard/contribulyzer';
import type { CreditSources } from './credit-sources';
import type { MessageSpool } from './message-spool';
import type { CreditsOptions } from './options';
import { createPathFilter } from './path-filter';
import type { Progress } from './progress';
import { RunReport } from './run-report';

export interface Collected {
  tally: CreditTally;
  report: RunReport;
  /** Commits read from git, before the path filter. */
  read: number;
}

/**
 * One streaming pass over the history: each commit is credited and folded into the tally as it
 * arrives, so memory holds per-contributor aggregates (and, for HTML, where each message lies in
 * the spool), never the history itself.
 */
export async function collectCredits(input: {
  options: CreditsOptions;
  head: string;
  sources: CreditSources;
  progress: Progress;
  spool: MessageSpool | undefined;
}): Promise<Collected> {
  const { options, sources } = input;
  const creditor = new CommitCreditor({ config: sources.config });
  const tally = new CreditTally(sources.config);
  const report = new RunReport();
  const touches = await createPathFilter(options.paths);
  let read = 0;
  const chunks = readGitLogChunks({
    dir: options.dir,
    range: input.head,
    since: options.since,
    until: options.until,
    withFiles: touches !== undefined,
  });
  for await (const chunk of chunks) {
    for (const commit of chunk) {
      read += 1;
      input.progress.tick();
      if (touches !== undefined && !touches(commit.files ?? [])) {
        continue;
      }
      const credits = creditor.credit({
        message: commit.message,
        author: { name: commit.authorName, email: commit.authorEmail },
        isMerge: commit.parents.length > 1,
      });
      tally.addCommit({
        sha: commit.sha,
        revision: credits.revision,
        credits: credits.credits,
        credited: credits.credited,
      });
      if (credits.unrecognised.length > 0 || credits.skipped.length > 0) {
        report.add(commit.sha, credits);
      }
      input.spool?.add(commit.sha, credits.body, commit.authorDate);
    }
  }
  return { tally, report, read };
}
