import type { Contributor, MergeEdge } from '@moduleboard/contribulyzer';

/** What one run found: the fields of the public JSON, plus what the HTML pages show. */
export interface CreditsResult {
  repository: string;
  head: string;
  commits: number;
  creditedCommits: number;
  contributors: Contributor[];
  /** Merges not made because a reviewer undid them. */
  blocked: MergeEdge[];
}
