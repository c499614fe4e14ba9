export { RecordedExchange, RecordedExchanges, recordedApiUrl } from './exchange';
export {
  createExchangeMatcher,
  type ExchangeMatcher,
  type ExchangeMatcherOptions,
  type ReplayAnswer,
  type ReplayRequest,
} from './exchange-matcher';
export { type ReplayServer, type ReplayServerOptions, startReplayServer } from './replay-server';
export { startDemoGithub } from './start-demo-github';
