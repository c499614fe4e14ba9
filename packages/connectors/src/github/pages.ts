import type { Octokit } from 'octokit';
import type { z } from 'zod';
import { SourceError } from '../types';
import { conditionalHeaders, type Validators, validatorsOf } from './cursor';
import { describeProblems } from './zod-problems';

export interface PageRequest {
  /** A path under the API root (`/repos/o/r/issues`) or an absolute `next` link. */
  url: string;
  query?: Record<string, string | number | undefined> | undefined;
  validators?: Validators | undefined;
  signal?: AbortSignal | undefined;
}

export type Page<T> =
  | { notModified: true }
  | {
      notModified: false;
      items: T[];
      validators: Validators;
      next?: string | undefined;
      lastPage?: number | undefined;
    };

const linkPattern = /<([^>]+)>\s*;\s*rel="([^"]+)"/g;

export function parseLinks(header: string | undefined): Record<string, string> {
  const links: Record<string, string> = {};
  for (const match of (header ?? '').matchAll(linkPattern)) {
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

/**
 * One page of a list, conditionally when validators are given. A `next` link pointing away from
 * the API root is refused: following it would hand the token to another host.
 */
export async function fetchPage<T>(
  octokit: Octokit,
  schema: z.ZodType<T>,
  request: PageRequest,
): Promise<Page<T>> {
  try {
    const response = await octokit.request(`GET ${request.url}`, {
      ...request.query,
      headers: conditionalHeaders(request.validators),
      request: { signal: request.signal },
    });
    const links = parseLinks(response.headers.link);
    const next = links.next;
    if (next) {
      assertSameOrigin(next, octokit);
    }
    const parsed = schema.array().safeParse(response.data);
    if (!parsed.success) {
      throw new SourceError(
        `GitHub's answer to GET ${request.url} cannot be read: ${describeProblems(parsed.error)}`,
        { retryable: false, cause: parsed.error },
      );
    }
    const items = parsed.data;
    return {
      notModified: false,
      items,
      validators: validatorsOf(response.headers),
      next,
      lastPage: pageNumber(links.last),
    };
  } catch (error) {
    if (error instanceof Error && 'status' in error && error.status === 304) {
      return { notModified: true };
    }
    throw error;
  }
}

function assertSameOrigin(url: string, octokit: Octokit): void {
  const base = new URL(octokit.request.endpoint.DEFAULTS.baseUrl);
  if (new URL(url).origin !== base.origin) {
    throw new SourceError(`GitHub's next-page link leaves ${base.origin}: ${url}`, {
      retryable: false,
    });
  }
}

/** Every page of a short list (a pull request's files, commits, reviews, comments). */
export async function fetchAll<T>(
  octokit: Octokit,
  schema: z.ZodType<T>,
  request: Omit<PageRequest, 'validators'>,
): Promise<T[]> {
  const all: T[] = [];
  let current: PageRequest = request;
  for (;;) {
    const page = await fetchPage(octokit, schema, current);
    if (page.notModified) {
      return all;
    }
    all.push(...page.items);
    if (!page.next) {
      return all;
    }
    current = { url: page.next, signal: request.signal };
  }
}
