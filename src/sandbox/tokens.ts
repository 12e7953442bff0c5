// Tokens the sandbox issues. Access and id tokens are JWT-shaped so msal-node and the sandbox's own
// SharePoint endpoint can read their claims (reference §2.3, §6.4). They are signed with HS256 and a key
// made fresh for each sandbox, so the SharePoint side can refuse forged or foreign tokens; they are worth
// nothing outside the sandbox that issued them.

import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export function base64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url');
}

export class TokenSigner {
  private readonly key = randomBytes(32);

  sign(claims: Record<string, unknown>): string {
    const head = base64url(JSON.stringify({ typ: 'JWT', alg: 'HS256', kid: 'spo-shell-sandbox' }));
    const body = base64url(JSON.stringify(claims));
    return `${head}.${body}.${this.mac(`${head}.${body}`)}`;
  }

  /** The claims of a token this signer issued, or undefined for anything else. Does not check expiry. */
  verify(token: string): Record<string, unknown> | undefined {
    const parts = token.split('.');
    if (parts.length !== 3) return undefined;
    const [head, body, sig] = parts as [string, string, string];
    const expected = Buffer.from(this.mac(`${head}.${body}`));
    const given = Buffer.from(sig);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    try {
      const claims: unknown = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
      return typeof claims === 'object' && claims !== null ? (claims as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  }

  private mac(input: string): string {
    return createHmac('sha256', this.key).update(input).digest('base64url');
  }
}

/** An opaque random string (refresh tokens, device codes, authorization codes). */
export function opaque(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

const USER_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A 9-character code like the ones Entra shows for device sign-in. */
export function userCode(): string {
  const bytes = randomBytes(9);
  let out = '';
  for (const b of bytes) out += USER_CODE_ALPHABET[b % USER_CODE_ALPHABET.length];
  return out;
}
