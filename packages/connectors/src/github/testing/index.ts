export { startDemoGithub } from './demo';
export { RecordedExchange, RecordedExchanges, recordedApiUrl } from './exchange';
export {
  createExchangeMatcher,
  type ExchangeMatcher,
  type ExchangeMatcherOptions,
  type ReplayAnswer,
  type ReplayRequest,
} from './exchange-matcher';
export {
  type FixtureServer,
  type FixtureServerOptions,
  startFixtureServer,
} from './fixture-server';
export { loadOctokitScenario } from './octokit-scenario';
export { type ExchangeSpec, recordExchange, recordList } from './record-exchange';
export { type ReplayFetch, replayFetch } from './replay-fetch';
export {
  type SimulatedPull,
  type SimulatedRepository,
  type SimulateOptions,
  simulateRepository,
} from './simulate-repository';
