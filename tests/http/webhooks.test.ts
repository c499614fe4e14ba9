import { createHmac, randomUUID } from 'node:crypto';
import { processDelivery } from '@moduleboard/core';
import { snapshotProject } from '@moduleboard/core/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createProject, createTestApp, type TestApp, WEBHOOK_SECRET } from '../testkit/app';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

function sign(body: string, secret = WEBHOOK_SECRET): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

async function deliver(
  event: string,
  payload: unknown,
  options: { id?: string; signature?: string } = {},
) {
  const body = JSON.stringify(payload);
  const id = options.id ?? randomUUID();
  const response = await t.app.request('/webhooks/github', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': event,
      'x-github-delivery': id,
      'x-hub-signature-256': options.signature ?? sign(body),
    },
    body,
  });
  return { id, status: response.status, body: (await response.json()) as Record<string, unknown> };
}

function issue(
  repo: string,
  number: number,
  fields: { title: string; state?: 'open' | 'closed'; updated: string; labels?: string[] },
) {
  return {
    action: fields.state === 'closed' ? 'closed' : 'opened',
    repository: { full_name: repo },
    issue: {
      number,
      title: fields.title,
      body: 'Steps to reproduce…',
      state: fields.state ?? 'open',
      state_reason: fields.state === 'closed' ? 'completed' : null,
      user: { login: 'reporter' },
      labels: (fields.labels ?? []).map((name) => ({ name })),
      html_url: `https://github.com/${repo}/issues/${number}`,
      created_at: '2026-01-01T10:00:00Z',
      updated_at: fields.updated,
      comments: 0,
    },
  };
}

async function githubProject() {
  const repo = `acme/widgets-${randomUUID().slice(0, 8)}`;
  const slug = await createProject(
    t.ctx,
    (s) => `projects:
  - slug: ${s}
    name: Webhook test
    sources: [{ kind: github, repo: ${repo} }]
    modules:
      - { slug: parser, labels: [parser] }
`,
  );
  return { repo, slug };
}

async function bugs(slug: string) {
  const snap = await snapshotProject(t.ctx.db, slug);
  return (snap.items as { external_id: string; title: string; status: string }[]).map(
    ({ external_id, title, status }) => ({ external_id, title, status }),
  );
}

describe('POST /webhooks/github', () => {
  it('stores a verified delivery, answers 202, and its job files the issue under its module', async () => {
    const { repo, slug } = await githubProject();
    const sent = await deliver(
      'issues',
      issue(repo, 7, { title: 'Crash', updated: '2026-01-02T00:00:00Z', labels: ['parser'] }),
    );
    expect(sent).toMatchObject({ status: 202, body: { duplicate: false } });
    await processDelivery({ ctx: t.ctx, input: { deliveryId: sent.id } });
    expect(await bugs(slug)).toEqual([{ external_id: 'issue:7', title: 'Crash', status: 'OPEN' }]);
    const snap = await snapshotProject(t.ctx.db, slug);
    expect(snap.itemModules).toEqual([expect.objectContaining({ reason: 'label', kind: 'BUG' })]);
  });

  it('has no second effect when a delivery is replayed', async () => {
    const { repo, slug } = await githubProject();
    const payload = issue(repo, 8, { title: 'Once', updated: '2026-01-02T00:00:00Z' });
    const first = await deliver('issues', payload);
    await processDelivery({ ctx: t.ctx, input: { deliveryId: first.id } });
    const before = await snapshotProject(t.ctx.db, slug);
    const replay = await deliver('issues', payload, { id: first.id });
    expect(replay).toMatchObject({ status: 202, body: { duplicate: true } });
    await processDelivery({ ctx: t.ctx, input: { deliveryId: first.id } });
    expect(await snapshotProject(t.ctx.db, slug)).toEqual(before);
  });

  it('converges to the same state when deliveries arrive out of order', async () => {
    const inOrder = await githubProject();
    const reordered = await githubProject();
    const opened = (repo: string) =>
      issue(repo, 9, { title: 'Flaky test', updated: '2026-01-02T00:00:00Z' });
    const closed = (repo: string) =>
      issue(repo, 9, {
        title: 'Flaky test (fixed)',
        state: 'closed',
        updated: '2026-01-03T00:00:00Z',
      });
    for (const payload of [opened(inOrder.repo), closed(inOrder.repo)]) {
      await processDelivery({
        ctx: t.ctx,
        input: { deliveryId: (await deliver('issues', payload)).id },
      });
    }
    for (const payload of [closed(reordered.repo), opened(reordered.repo)]) {
      await processDelivery({
        ctx: t.ctx,
        input: { deliveryId: (await deliver('issues', payload)).id },
      });
    }
    const expected = [{ external_id: 'issue:9', title: 'Flaky test (fixed)', status: 'DONE' }];
    expect(await bugs(inOrder.slug)).toEqual(expected);
    expect(await bugs(reordered.slug)).toEqual(expected);
  });

  it.each([
    ['a wrong signature', { signature: sign('{}', 'another secret') }, 401, 'UNAUTHENTICATED'],
    ['a malformed signature', { signature: 'sha1=abc' }, 401, 'UNAUTHENTICATED'],
  ])('refuses %s', async (_, options, status, code) => {
    const sent = await deliver('issues', { zen: 'x' }, options);
    expect(sent.status).toBe(status);
    expect(sent.body).toMatchObject({ error: { code } });
  });

  it('refuses a body that is not JSON, and a delivery without its headers', async () => {
    const body = 'not json';
    const response = await t.app.request('/webhooks/github', {
      method: 'POST',
      headers: {
        'x-github-event': 'issues',
        'x-github-delivery': 'd1',
        'x-hub-signature-256': sign(body),
      },
      body,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { message: 'the payload is not JSON' } });
    const noHeaders = await t.app.request('/webhooks/github', {
      method: 'POST',
      headers: { 'x-hub-signature-256': sign('{}') },
      body: '{}',
    });
    expect(noHeaders.status).toBe(400);
  });

  it('records a payload it cannot read, names the field, and stores nothing', async () => {
    const { repo, slug } = await githubProject();
    const broken = {
      action: 'opened',
      repository: { full_name: repo },
      issue: { number: 'seven' },
    };
    const sent = await deliver('issues', broken);
    expect(sent.status).toBe(202);
    const result = await processDelivery({ ctx: t.ctx, input: { deliveryId: sent.id } });
    expect(result.note).toMatch(/issue/);
    expect(await bugs(slug)).toEqual([]);
  });
});
