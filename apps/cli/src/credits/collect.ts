import type { GitCommit } from '@moduleboard/connectors/git';
import { readGitLogChunks } from '@moduleboard/connectors/git';
import { CommitCreditor, CreditTally, IdentityResolver } from '@moduleboard/contribulyzer';
import type { CreditSources } from './credit-sources';
import type { MessageSpool } from './message-spool';
import type { CreditsOptions } from './options';
import type { PathFilter } from './path-filter';
import type { Progress } from './progress';
import { RunReport } from './run-report';

export interface Collected {
  tally: CreditTally;
  /** Holds every identity of the tally already: only `resolve()` is left. */
  resolver: IdentityResolver;
  report: RunReport;
  /** Commits read from git, before the path filter. */
  read: number;
}

/** A `git log` started ahead of its reader. */
export interface CommitLog {
  batches: AsyncIterable<GitCommit[]>;
  /** Stops git when the run ends before reading it all. */
  close(): Promise<void>;
}

/**
 * Starts `git log` at once, so git works while the caller reads the files the run needs (the
 * reader buffers what git writes meanwhile). Only the fields crediting uses are asked for: git
 * formats the committer and the dates at a cost, and the date is only shown by the HTML pages.
 */
export function openCommitLog(input: {
  options: CreditsOptions;
  head: string;
  withFiles: boolean;
  withDates: boolean;
}): CommitLog {
  const chunks = readGitLogChunks({
    dir: input.options.dir,
    range: input.head,
    since: input.options.since,
    until: input.options.until,
    withFiles: input.withFiles,
    fields: { committer: false, authorDate: input.withDates },
    // Crediting takes about as long as git takes to print: git must not wait for it.
    readAhead: true,
  });
  const first = chunks.next();
  // A failure reaches the reader through `first`; a run that never reads must not crash on it.
  first.catch(() => undefined);
  return {
    batches: {
      async *[Symbol.asyncIterator]() {
        try {
          for (let batch = await first; batch.done !== true; batch = await chunks.next()) {
            yield batch.value;
          }
        } finally {
          await chunks.return(undefined);
        }
      },
    },
    close: async () => {
      await chunks.return(undefined).catch(() => undefined);
    },
  };
}

/**
 * One streaming pass over the history: each commit is credited and folded into the tally as it
 * arrives, so memory holds per-contributor aggregates (and, for HTML, where each message lies in
 * the spool), never the history itself. Identities go to the resolver as they first appear,
 * while git is still writing, so that only `resolve()` is left for the end.
 */
export async function collectCredits(input: {
  log: CommitLog;
  sources: CreditSources;
  touches: PathFilter | undefined;
  progress: Progress;
  spool: MessageSpool | undefined;
}): Promise<Collected> {
  const { sources, touches, progress, spool } = input;
  const creditor = new CommitCreditor({ config: sources.config });
  const tally = new CreditTally(sources.config);
  const resolver = new IdentityResolver({
    mailmap: sources.mailmap,
    committers: sources.committers,
    undone: sources.undone,
  });
  const report = new RunReport();
  let read = 0;
  let resolved = 0;
  for await (const batch of input.log.batches) {
    for (const commit of batch) {
      read += 1;
      progress.tick();
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
      spool?.add(commit.sha, credits.body, commit.authorDate);
    }
    if (tally.identityCount > resolved) {
      for (const ref of tally.identityRefs(resolved)) {
        resolver.add(ref);
      }
      resolved = tally.identityCount;
    }
  }
  return { tally, resolver, report, read };
}
