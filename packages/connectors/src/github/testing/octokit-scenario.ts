import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type RecordedExchange, RecordedExchanges } from '../demo/exchange';

/**
 * The recorded exchanges of one @octokit/fixtures scenario of api.github.com, e.g.
 * `paginate-issues`. That package is a development dependency: it is looked up on call, so the
 * demo, which never calls this, runs without it.
 */
export function loadOctokitScenario(name: string): RecordedExchange[] {
  if (!/^[a-z0-9-]+$/.test(name)) {
    throw new Error(`not an @octokit/fixtures scenario name: "${name}"`);
  }
  const require = createRequire(import.meta.url);
  const file = require.resolve(
    `@octokit/fixtures/scenarios/api.github.com/${name}/normalized-fixture.json`,
  );
  return RecordedExchanges.parse(JSON.parse(readFileSync(file, 'utf8')));
}
