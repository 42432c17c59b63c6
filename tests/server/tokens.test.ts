// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hashToken, isPlanId, newToken, tokenKind, tokenMatches } from '../../server/tokens';

describe('tokens', () => {
  it('makes 256-bit URL-safe tokens that differ each time', () => {
    const a = newToken();
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(a).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(newToken()).not.toBe(a);
  });

  it('matches a token only against its own hash', () => {
    const token = newToken();
    expect(tokenMatches(token, hashToken(token))).toBe(true);
    expect(tokenMatches(`${token}x`, hashToken(token))).toBe(false);
    expect(tokenMatches(token, 'abc')).toBe(false);
  });

  it.each([
    { token: 'edit-token', kind: 'edit' },
    { token: 'read-token', kind: 'read' },
    { token: 'other', kind: null },
    { token: '', kind: null },
  ])('tells that "$token" is a $kind token', ({ token, kind }) => {
    const hashes = {
      editTokenHash: hashToken('edit-token'),
      readTokenHash: hashToken('read-token'),
    };
    expect(tokenKind(token, hashes)).toBe(kind);
  });

  it.each([
    { id: '0b8e0c64-8a71-4a6b-9b7e-0a0a0a0a0a0a', ok: true },
    { id: '01939a5e-7c1a-7b2e-8d3f-0123456789ab', ok: true },
    { id: '0B8E0C64-8A71-4A6B-9B7E-0A0A0A0A0A0A', ok: false },
    { id: 'plan-1', ok: false },
    { id: '0b8e0c64-8a71-4a6b-9b7e-0a0a0a0a0a0a/x', ok: false },
    { id: 42, ok: false },
  ])('accepts $id as a plan id: $ok', ({ id, ok }) => {
    expect(isPlanId(id)).toBe(ok);
  });
});
