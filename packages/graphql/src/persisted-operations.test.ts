import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSchema, createYoga } from 'graphql-yoga';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPersistedOperations, persistedOperations } from './persisted-operations';

const dir = mkdtempSync(join(tmpdir(), 'persisted-operations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const HELLO = 'sha256:hello';

// A real yoga with the plugin, on a schema of its own: what the plugin decides does not depend on
// the app's schema.
const yoga = createYoga({
  schema: createSchema({
    typeDefs: 'type Query { hello(name: String): String! }',
    resolvers: { Query: { hello: (_: unknown, args: { name?: string }) => `hi ${args.name}` } },
  }),
  logging: false,
  plugins: [
    persistedOperations(new Map([[HELLO, 'query Hello($name: String) { hello(name: $name) }']])),
  ],
});

async function post(body: unknown) {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

const byHash = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

describe('persisted operations', () => {
  it('runs the document registered under a hash, by POST and by GET', async () => {
    expect(await post({ variables: { name: 'Ann' }, extensions: byHash(HELLO) })).toEqual({
      status: 200,
      body: { data: { hello: 'hi Ann' } },
    });
    const search = new URLSearchParams({
      variables: JSON.stringify({ name: 'Bo' }),
      extensions: JSON.stringify(byHash(HELLO)),
    });
    const response = await yoga.fetch(`http://localhost/graphql?${search}`);
    expect(await response.json()).toEqual({ data: { hello: 'hi Bo' } });
  });

  it('refuses a hash it does not know with a 400 that says what to do', async () => {
    const { status, body } = await post({ extensions: byHash('sha256:unknown') });
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(body.errors[0].message).toMatch(/Reload the page/);
  });

  it('still runs queries sent as text: the public API is not limited to the app’s operations', async () => {
    expect(await post({ query: '{ hello(name: "Cy") }' })).toEqual({
      status: 200,
      body: { data: { hello: 'hi Cy' } },
    });
  });

  it('says so when a request has neither a query nor a hash', async () => {
    const { status, body } = await post({ variables: {} });
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('knows no hash at all without a list (the web app is not built)', async () => {
    const bare = createYoga({
      schema: createSchema({ typeDefs: 'type Query { a: Int }' }),
      logging: false,
      plugins: [persistedOperations(undefined)],
    });
    const response = await bare.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ extensions: byHash(HELLO) }),
    });
    expect(response.status).toBe(400);
  });
});

describe('loadPersistedOperations', () => {
  it('reads the build’s list of hash → document', () => {
    const list = file('ok.json', JSON.stringify({ [HELLO]: '{ hello }' }));
    expect(loadPersistedOperations(list)).toEqual(new Map([[HELLO, '{ hello }']]));
  });

  it('is undefined when there is no list', () => {
    expect(loadPersistedOperations(join(dir, 'absent.json'))).toBeUndefined();
  });

  it.each([
    ['not JSON', '{ nope', /not JSON/],
    ['a list', '["{ hello }"]', /object of hash/],
    ['a document that is not text', JSON.stringify({ [HELLO]: 42 }), /sha256:hello is not/],
    ['an empty document', JSON.stringify({ [HELLO]: ' ' }), /sha256:hello is not/],
  ])('names the file and the fault when it holds %s', (_what, text, message) => {
    const path = file('bad.json', text);
    expect(() => loadPersistedOperations(path)).toThrow(message);
    expect(() => loadPersistedOperations(path)).toThrow(path);
  });
});
