import type { Octokit } from 'octokit';
import type { z } from 'zod';
import { SourceError } from '../types';
import { conditionalHeaders, type Validators, validatorsOf } from './cursor';
import { describeProblems } from './zod-problems';

export interface PageRequest {
  /** A path under the API root, e.g. `/repos/o/r/issues`. */
  url: string;
  query?: Record<string, string | number | undefined> | undefined;
  /** Sent with the first page: a 304 then means the list did not change. */
  validators?: Validators | undefined;
  signal?: AbortSignal | undefined;
}

export interface Page<T> {
  items: T[];
  validators: Validators;
  /** Another page follows (the answer has a `next` link). */
  hasNext: boolean;
  /** The number of the last page, when GitHub says it: for progress estimates. */
  lastPage?: number | undefined;
}

/**
 * The pages of a list, each read through `schema`, following `next` links with Octokit's
 * paginator (the client refuses a link that leaves the API's origin). Yields nothing when the
 * first page answers 304 to the validators given.
 */
export async function* listPages<T>(
  octokit: Octokit,
  schema: z.ZodType<T>,
  request: PageRequest,
): AsyncGenerator<Page<T>> {
  const pages = octokit.paginate.iterator<unknown>(`GET ${request.url}`, {
    ...request.query,
    headers: conditionalHeaders(request.validators),
    request: { signal: request.signal },
  });
  const iterator = pages[Symbol.asyncIterator]();
  for (let first = true; ; first = false) {
    request.signal?.throwIfAborted();
    let next: Awaited<ReturnType<typeof iterator.next>>;
    try {
      next = await iterator.next();
    } catch (error) {
      if (first && statusOf(error) === 304) {
        return;
      }
      throw error;
    }
    if (next.done) {
      return;
    }
    yield readPage(schema, request.url, next.value);
  }
}

/** Every page of a short list (a pull request's files, commits, reviews, comments). */
export async function fetchAll<T>(
  octokit: Octokit,
  schema: z.ZodType<T>,
  request: Omit<PageRequest, 'validators'>,
): Promise<T[]> {
  const all = await octokit.paginate<unknown>(`GET ${request.url}`, {
    ...request.query,
    request: { signal: request.signal },
  });
  return readItems(schema, request.url, all);
}

function readPage<T>(
  schema: z.ZodType<T>,
  url: string,
  response: { data: unknown; headers: Record<string, string | number | undefined> },
): Page<T> {
  const links = parseLinks(response.headers.link);
  return {
    items: readItems(schema, url, response.data),
    validators: validatorsOf(response.headers),
    hasNext: links.next !== undefined,
    lastPage: pageNumber(links.last),
  };
}

function readItems<T>(schema: z.ZodType<T>, url: string, data: unknown): T[] {
  const parsed = schema.array().safeParse(data);
  if (!parsed.success) {
    throw new SourceError(
      `GitHub's answer to GET ${url} cannot be read: ${describeProblems(parsed.error)}`,
      { retryable: false, cause: parsed.error },
    );
  }
  return parsed.data;
}

const linkPattern = /<([^>]+)>\s*;\s*rel="([^"]+)"/g;

/** The links of a `Link` header by relation (`next`, `last`…). */
function parseLinks(header: string | number | undefined): Record<string, string> {
  const links: Record<string, string> = {};
  for (const match of String(header ?? '').matchAll(linkPattern)) {
    const [, url, rel] = match;
    if (url && rel) {
      links[rel] = url;
    }
  }
  return links;
}

function pageNumber(url: string | undefined): number | undefined {
  const page = url ? new URL(url).searchParams.get('page') : null;
  return page ? Number(page) : undefined;
}

function statusOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'status' in error
    ? error.status
    : undefined;
}
