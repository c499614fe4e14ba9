import { describe, expect, it } from 'vitest';
import { verifyWebhookSignature } from './webhook-signature';

// GitHub's published test vector (docs: "Validating webhook deliveries").
const secret = "It's a Secret to Everybody";
const payload = 'Hello, World!';
const signature = 'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17';

describe('verifyWebhookSignature', () => {
  it("accepts GitHub's test vector", async () => {
    expect(await verifyWebhookSignature(secret, payload, signature)).toBe(true);
  });

  it('accepts the same bytes given as a buffer', async () => {
    expect(await verifyWebhookSignature(secret, new TextEncoder().encode(payload), signature)).toBe(
      true,
    );
  });

  it('accepts upper-case hex', async () => {
    expect(await verifyWebhookSignature(secret, payload, signature.toUpperCase())).toBe(true);
  });

  it('rejects another secret or a changed body', async () => {
    expect(await verifyWebhookSignature('another secret', payload, signature)).toBe(false);
    expect(await verifyWebhookSignature(secret, 'Hello, World?', signature)).toBe(false);
    expect(await verifyWebhookSignature(secret, `${payload}\n`, signature)).toBe(false);
  });

  it.each([
    ['missing', undefined],
    ['null', null],
    ['empty', ''],
    ['the algorithm alone', 'sha256='],
    ['a legacy sha1 signature', 'sha1=0123456789abcdef0123456789abcdef01234567'],
    ['no algorithm', signature.slice('sha256='.length)],
    ['one digit short', signature.slice(0, -1)],
    ['one digit more', `${signature}0`],
    ['not hex', `sha256=${'z'.repeat(64)}`],
    ['two signatures', `${signature},${signature}`],
  ])('rejects a header that is %s', async (_, header) => {
    expect(await verifyWebhookSignature(secret, payload, header)).toBe(false);
  });

  it('rejects an empty body and bytes that are not UTF-8', async () => {
    expect(await verifyWebhookSignature(secret, '', signature)).toBe(false);
    expect(
      await verifyWebhookSignature(secret, new Uint8Array([0xff, 0xfe, 0x00]), signature),
    ).toBe(false);
  });

  it('refuses to check against an empty secret', async () => {
    await expect(verifyWebhookSignature('', payload, signature)).rejects.toThrow(
      'GITHUB_WEBHOOK_SECRET',
    );
  });
});
