import { readFile } from 'node:fs/promises';
import { RecordedExchanges } from './exchange';
import { type ReplayServer, startReplayServer } from './replay-server';

/**
 * Serves a demo recording (such as examples/github/moduleboard.json) on loopback, for the demo
 * start-up to point GITHUB_API_URL at. Queries are matched leniently and conditional requests
 * get 304s, so repeated syncs of the demo behave as against GitHub: nothing new, nothing lost.
 */
export async function startDemoGithub(fixturesPath: string): Promise<ReplayServer> {
  const text = await readFile(fixturesPath, 'utf8');
  const parsed = RecordedExchanges.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? `[${first.path.join('.')}] ${first.message}` : 'invalid';
    throw new Error(`${fixturesPath} is not a list of recorded exchanges: ${where}`);
  }
  return startReplayServer({ exchanges: parsed.data, query: 'recorded' });
}
