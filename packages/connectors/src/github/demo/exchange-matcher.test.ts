import { describe, expect, it } from 'vitest';
import { recordExchange } from '../testing/record-exchange';
import type { RecordedExchange } from './exchange';
import { createExchangeMatcher } from './exchange-matcher';

function get(path: string, headers: Record<string, string> = {}, origin = 'http://127.0.0.1:9') {
  return { method: 'GET', url: new URL(path, origin), headers: new Headers(headers) };
}

function json(body: string): unknown {
  return JSON.parse(body);
}

describe('createExchangeMatcher', () => {
  const list = recordExchange({
    path: '/repos/a/b/issues?per_page=2&state=all',
    response: [{ url: 'https://api.github.com/repos/a/b/issues/1' }],
    headers: { link: '<https://api.github.com/repos/a/b/issues?per_page=2&page=2>; rel="next"' },
  });

  it('matches the query exactly, in any order, by default', () => {
    const matcher = createExchangeMatcher([list]);
    expect(matcher.answer(get('/repos/a/b/issues?state=all&per_page=2')).status).toBe(200);
    expect(matcher.answer(get('/repos/a/b/issues?state=all&per_page=2&since=x')).status).toBe(501);
    expect(matcher.answer(get('/repos/a/b/issues?per_page=2')).status).toBe(501);
    expect(matcher.unmatched()).toEqual([
      'GET /repos/a/b/issues?state=all&per_page=2&since=x',
      'GET /repos/a/b/issues?per_page=2',
    ]);
  });

  it('can require only the recorded parameters, preferring the most specific recording', () => {
    const page2 = recordExchange({
      path: '/repos/a/b/issues?per_page=2&state=all&page=2',
      response: [],
    });
    const matcher = createExchangeMatcher([list, page2], { query: 'recorded' });
    expect(
      json(matcher.answer(get('/repos/a/b/issues?state=all&per_page=2&x=1')).body),
    ).toHaveLength(1);
    expect(json(matcher.answer(get('/repos/a/b/issues?state=all&per_page=2&page=2')).body)).toEqual(
      [],
    );
  });

  it('puts its own address where the recording says https://api.github.com', () => {
    const answer = createExchangeMatcher([list]).answer(
      get('/repos/a/b/issues?per_page=2&state=all', {}, 'http://127.0.0.1:4321'),
    );
    expect(json(answer.body)).toEqual([{ url: 'http://127.0.0.1:4321/repos/a/b/issues/1' }]);
    expect(Object.fromEntries(answer.headers).link).toBe(
      '<http://127.0.0.1:4321/repos/a/b/issues?per_page=2&page=2>; rel="next"',
    );
    expect(Object.fromEntries(answer.headers)).not.toHaveProperty('content-length');
  });

  it('serves under a base path, as GitHub Enterprise does', () => {
    const matcher = createExchangeMatcher([list], { basePath: '/api/v3/' });
    const answer = matcher.answer(
      get('/api/v3/repos/a/b/issues?per_page=2&state=all', {}, 'https://ghe.test'),
    );
    expect(json(answer.body)).toEqual([{ url: 'https://ghe.test/api/v3/repos/a/b/issues/1' }]);
    expect(matcher.answer(get('/repos/a/b/issues?per_page=2&state=all')).status).toBe(501);
  });

  it('answers each recording once in order, then repeats the last', () => {
    const busy = recordExchange({ path: '/x', status: 503, response: { message: 'busy' } });
    const ok = recordExchange({ path: '/x', response: { ok: true } });
    const matcher = createExchangeMatcher([busy, ok]);
    expect([1, 2, 3].map(() => matcher.answer(get('/x')).status)).toEqual([503, 200, 200]);
    expect(matcher.pending()).toEqual([]);
  });

  it('answers 304 to a conditional request whose validators still hold', () => {
    const etag = list.headers?.etag;
    const matcher = createExchangeMatcher([list]);
    const path = '/repos/a/b/issues?per_page=2&state=all';
    const fresh = matcher.answer(get(path, { 'if-none-match': String(etag) }));
    expect(fresh.status).toBe(304);
    expect(fresh.body).toBe('');
    expect(matcher.answer(get(path, { 'if-none-match': '"stale"' })).status).toBe(200);
  });

  it('matches a recording made with conditional headers only to the same request', () => {
    const recorded304: RecordedExchange = recordExchange({
      path: '/x',
      status: 304,
      reqheaders: { 'if-none-match': '"v1"' },
    });
    const full = recordExchange({ path: '/x', response: [1] });
    const matcher = createExchangeMatcher([recorded304, full]);
    expect(matcher.answer(get('/x', { 'if-none-match': '"v1"' })).status).toBe(304);
    expect(matcher.answer(get('/x')).status).toBe(200);
    expect(matcher.answer(get('/x', { 'if-none-match': '"v0"' })).status).toBe(200);
  });

  it('says which request found no recording, and which recordings were never used', () => {
    const matcher = createExchangeMatcher([list]);
    const answer = matcher.answer({ ...get('/nowhere'), method: 'POST' });
    expect(answer.status).toBe(501);
    expect(json(answer.body)).toEqual({ message: 'No recorded exchange matches POST /nowhere' });
    expect(matcher.pending()).toEqual(['GET /repos/a/b/issues?per_page=2&state=all']);
    expect(matcher.requests()).toEqual(['POST /nowhere']);
  });

  it('sends a string body as recorded and no body for 204', () => {
    const text = recordExchange({ path: '/t', response: 'plain https://api.github.com' });
    const empty = recordExchange({ path: '/e', status: 204 });
    const matcher = createExchangeMatcher([text, empty]);
    expect(matcher.answer(get('/t', {}, 'http://h.test')).body).toBe('plain http://h.test');
    expect(matcher.answer(get('/e')).body).toBe('');
  });
});
