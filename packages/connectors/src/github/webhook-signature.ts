import { verify } from '@octokit/webhooks-methods';

const signaturePattern = /^sha256=[0-9a-f]{64}$/;

/**
 * Checks GitHub's `X-Hub-Signature-256` header against the raw request body, in constant time.
 * Any malformed, missing or legacy (`sha1=`) header is simply not a valid signature. The body
 * must be the exact bytes received: parsing and re-serializing JSON changes them.
 */
export async function verifyWebhookSignature(
  secret: string,
  rawBody: string | Uint8Array,
  signatureHeader: string | null | undefined,
): Promise<boolean> {
  if (!secret) {
    // An empty secret would let anyone sign; that is a configuration mistake, not a bad delivery.
    throw new TypeError('verifyWebhookSignature needs a non-empty secret (GITHUB_WEBHOOK_SECRET)');
  }
  const signature = signatureHeader?.trim().toLowerCase();
  if (!signature || !signaturePattern.test(signature)) {
    return false;
  }
  const body = typeof rawBody === 'string' ? rawBody : decodeUtf8(rawBody);
  if (body === undefined || body === '') {
    return false;
  }
  return verify(secret, body, signature);
}

/** GitHub signs UTF-8 JSON; bytes that are not UTF-8 cannot carry a valid signature. */
function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
