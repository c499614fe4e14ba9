export { loadOctokitScenario } from './octokit-scenario';
export { type ExchangeSpec, recordExchange, recordList } from './record-exchange';
export { type ReplayFetch, replayFetch } from './replay-fetch';
export {
  type SimulatedPull,
  type SimulatedRepository,
  type SimulateOptions,
  simulateRepository,
} from './simulate-repository';
