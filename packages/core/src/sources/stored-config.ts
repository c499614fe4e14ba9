import { z } from 'zod';

// What `importProjects` stores in `sources.config` for each kind, read back when a source is
// synced. The importer validated it on the way in; this catches a row edited by hand or left
// by an older version, with words that name the source.

const optionalText = z
  .string()
  .nullish()
  .transform((value) => value ?? undefined);

export const StoredGitConfig = z.object({
  path: z.string().min(1),
  branch: z.string().nullish(),
  upstream: z.string().nullish(),
  commitUrl: z.string().nullish(),
  fileUrl: z.string().nullish(),
  mailmap: z.string().nullish(),
  committers: z.string().nullish(),
});

export const StoredGithubConfig = z.object({
  repo: z.string().min(1),
  useCaseLabel: z.string().nullish(),
});

export const StoredFeedConfig = z.object({
  url: optionalText,
  file: optionalText,
  itemKind: z.enum(['BUG', 'CHANGE', 'USE_CASE', 'DISCUSSION', 'DRAFT', 'DOC']).optional(),
  modules: z.array(z.string()).default([]),
});
