import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new secret: 32 random bytes, base64url, with a recognisable prefix. */
export function newTokenSecret(): string {
  return `tsu_${randomBytes(32).toString('base64url')}`;
}

/** Tokens are high-entropy secrets, so one SHA-256 is enough to store them (as GitHub does); lookups stay by hash. */
export function hashToken(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** The SHA-256 of a configured secret, computed once, to compare given secrets with in constant time. */
export function secretDigest(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

export function sameSecret(given: string, expected: Buffer): boolean {
  return timingSafeEqual(createHash('sha256').update(given, 'utf8').digest(), expected);
}
