export { type GithubClientOptions, githubApiUrl } from './client';
export {
  createGithubConnector,
  type GithubConnectorOptions,
  type GithubSourceConfig,
} from './connector';
export { GithubCursor, IssuesCursor, readCursor, Validators } from './cursor';
export { normalizeComment } from './normalize-comment';
export { issueExternalId, issueStatus, normalizeIssue } from './normalize-issue';
export { normalizeMilestone } from './normalize-milestone';
export { normalizePerson } from './normalize-person';
export { normalizePull, normalizePullFile, pullExternalId, pullStatus } from './normalize-pull';
export { normalizeRelease, releaseExternalId } from './normalize-release';
export {
  type NormalizedWebhook,
  type NormalizeWebhookOptions,
  normalizeWebhook,
  WebhookPayloadError,
} from './normalize-webhook';
export { parseRepoName, type RepoName } from './repo-name';
export { verifyWebhookSignature } from './webhook-signature';
