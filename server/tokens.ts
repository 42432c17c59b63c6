import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export type TokenKind = 'edit' | 'read';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Plan ids are document names; only UUIDs are accepted, so names cannot be guessed or collide. */
export function isPlanId(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** 256 random bits, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** sha-256 is enough: the tokens are random 256-bit values, not passwords that could be guessed. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Constant-time comparison of a presented token with a stored hash. */
export function tokenMatches(token: string, storedHash: string): boolean {
  const presented = Buffer.from(hashToken(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return stored.length === presented.length && timingSafeEqual(presented, stored);
}

/** Which kind a token is for a plan, or null. Both hashes are always compared. */
export function tokenKind(
  token: string,
  hashes: { editTokenHash: string; readTokenHash: string },
): TokenKind | null {
  const edit = tokenMatches(token, hashes.editTokenHash);
  const read = tokenMatches(token, hashes.readTokenHash);
  if (edit) return 'edit';
  if (read) return 'read';
  return null;
}
