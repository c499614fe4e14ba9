import { createHash } from 'node:crypto';
import { type RecordedExchange, recordedApiUrl } from '../demo/exchange';

export interface ExchangeSpec {
  method?: string | undefined;
  /** Path and query, as recorded: `/repos/o/r/issues?per_page=100`. */
  path: string;
  status?: number | undefined;
  response?: unknown;
  headers?: Record<string, string | number> | undefined;
  reqheaders?: Record<string, string | number> | undefined;
}

/** A recorded exchange with the headers GitHub always sends (JSON type, a rate-limit budget). */
export function recordExchange(spec: ExchangeSpec): RecordedExchange {
  const status = spec.status ?? 200;
  const body = spec.response === undefined ? '' : JSON.stringify(spec.response);
  const headers: Record<string, string | number> = {
    'content-type': 'application/json; charset=utf-8',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-resource': 'core',
  };
  if (status === 200 && body) {
    headers.etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`;
  }
  return {
    scope: `${recordedApiUrl}:443`,
    method: (spec.method ?? 'get').toLowerCase(),
    path: spec.path,
    body: '',
    status,
    response: spec.response,
    reqheaders: { accept: 'application/vnd.github.v3+json', ...spec.reqheaders },
    headers: { ...headers, ...spec.headers },
  };
}

function withQuery(path: string, query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) {
      params.set(name, String(value));
    }
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/**
 * A list as GitHub pages it: the first page at the bare query, later ones with `page=N`, each
 * with the Link header GitHub sends (`prev`, `next`, `last`, `first`).
 */
export function recordList(options: {
  path: string;
  query?: Record<string, string | number | undefined> | undefined;
  perPage: number;
  items: readonly unknown[];
}): RecordedExchange[] {
  const query = { ...options.query, per_page: options.perPage };
  const pages = Math.max(1, Math.ceil(options.items.length / options.perPage));
  const pageUrl = (page: number) =>
    `${recordedApiUrl}${withQuery(options.path, { ...query, page })}`;
  const exchanges: RecordedExchange[] = [];
  for (let page = 1; page <= pages; page += 1) {
    const links: string[] = [];
    if (page > 1) {
      links.push(`<${pageUrl(page - 1)}>; rel="prev"`);
    }
    if (page < pages) {
      links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(pages)}>; rel="last"`);
    }
    if (page > 1) {
      links.push(`<${pageUrl(1)}>; rel="first"`);
    }
    const start = (page - 1) * options.perPage;
    exchanges.push(
      recordExchange({
        path: withQuery(options.path, page === 1 ? query : { ...query, page }),
        response: options.items.slice(start, start + options.perPage),
        headers: links.length > 0 ? { link: links.join(', ') } : {},
      }),
    );
  }
  return exchanges;
}
