import { describe, expect, it } from 'vitest';
import {
  accessKindOf,
  httpUrlOf,
  inviteLink,
  inviteLinksOf,
  inviteOf,
  isReadOnlyAccess,
  problemOfStatus,
  registrationOf,
  replacedTokenOf,
  serverLabelOf,
  syncHeadlineOf,
} from '../../src/domain/syncShare';

const PLAN = '0b6c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3';
const EDIT = 'edit-token-of-at-least-16';
const READ = 'read-token-of-at-least-16';
const APP = 'https://app.example.org/sprintbord/';
const SERVER = 'wss://sync.example.org';

describe('httpUrlOf and serverLabelOf', () => {
  it.each([
    ['wss://sync.example.org', 'https://sync.example.org', 'sync.example.org'],
    ['ws://127.0.0.1:4740', 'http://127.0.0.1:4740', '127.0.0.1:4740'],
  ])('%s → %s, named %s', (ws, http, label) => {
    expect(httpUrlOf(ws)).toBe(http);
    expect(serverLabelOf(ws)).toBe(label);
  });
});

describe('problemOfStatus', () => {
  it.each([
    [403, 'register', 'adminOnly'],
    [409, 'register', 'exists'],
    [500, 'register', 'unexpected'],
    [403, 'token', 'refused'],
    [409, 'token', 'unexpected'],
    [403, 'access', 'refused'],
    [404, 'access', 'unexpected'],
  ] as const)('%i on %s means %s', (status, action, problem) => {
    expect(problemOfStatus(status, action)).toBe(problem);
  });
});

describe('answers of the server', () => {
  it.each([
    [
      { planId: PLAN, editToken: EDIT, readToken: READ },
      { editToken: EDIT, readToken: READ },
    ],
    [{ planId: 'other', editToken: EDIT, readToken: READ }, null],
    [{ planId: PLAN, editToken: EDIT }, null],
    [{ planId: PLAN, editToken: EDIT, readToken: EDIT }, null],
    [{ planId: PLAN, editToken: 'kort', readToken: READ }, null],
    ['<html>', null],
    [null, null],
  ])('registration %j → %j', (body, expected) => {
    expect(registrationOf(body, PLAN)).toEqual(expected);
  });

  it.each([
    [{ planId: PLAN, kind: 'read', token: READ }, 'read', READ],
    [{ planId: PLAN, kind: 'edit', token: READ }, 'read', null],
    [{ planId: PLAN, kind: 'read', token: 42 }, 'read', null],
    [[], 'read', null],
  ] as const)('replaced token %j for %s → %j', (body, kind, expected) => {
    expect(replacedTokenOf(body, PLAN, kind)).toBe(expected);
  });

  it.each([
    [{ planId: PLAN, kind: 'edit' }, 'edit'],
    [{ planId: PLAN, kind: 'read' }, 'read'],
    [{ planId: PLAN, kind: 'admin' }, null],
    [{ planId: 'other', kind: 'edit' }, null],
  ])('access %j → %j', (body, expected) => {
    expect(accessKindOf(body, PLAN)).toBe(expected);
  });
});

describe('invite links', () => {
  it('puts server, plan, name and token after the #, token last, and reads them back', () => {
    const link = inviteLink(
      APP,
      { serverUrl: SERVER, planId: PLAN, token: EDIT },
      'Jaarplan AI 2025',
    );
    const [address, hash] = link.split('#');
    expect(address).toBe(APP);
    expect(hash).toMatch(/&token=edit-token-of-at-least-16$/);
    expect(inviteOf(`#${hash}`)).toEqual({
      serverUrl: SERVER,
      planId: PLAN,
      token: EDIT,
      planName: 'Jaarplan AI 2025',
    });
  });

  it.each([
    ['#/join?server=wss%3A%2F%2Fsync.example.org&plan=' + PLAN + '&token=' + EDIT, null],
    ['#/join?server=wss%3A%2F%2Fsync.example.org&plan=' + PLAN + '&name=&token=' + EDIT, null],
    [
      '#/join?server=wss%3A%2F%2Fsync.example.org&plan=' + PLAN + '&name=A%0Ab&token=' + EDIT,
      'A b',
    ],
    [
      `#/join?server=wss%3A%2F%2Fsync.example.org&plan=${PLAN}&name=${'x'.repeat(201)}&token=${EDIT}`,
      null,
    ],
  ])('reads the name of %s as %j', (hash, name) => {
    expect(inviteOf(hash)?.planName).toBe(name);
  });

  it.each(['#/join?server=wss%3A%2F%2Fsync.example.org&plan=' + PLAN, '#/bord', ''])(
    'reads no invite from %j',
    (hash) => {
      expect(inviteOf(hash)).toBeNull();
    },
  );

  it('makes a link only for the tokens this device knows', () => {
    const links = inviteLinksOf(APP, { serverUrl: SERVER, planId: PLAN, editToken: EDIT }, 'P');
    expect(links.edit).toContain(`token=${EDIT}`);
    expect(links.read).toBeNull();
    expect(inviteLinksOf(APP, { serverUrl: SERVER, planId: PLAN }, 'P')).toEqual({
      edit: null,
      read: null,
    });
  });
});

describe('syncHeadlineOf', () => {
  it.each([
    [{ status: 'refused', pending: 2, unsent: 0 }, { key: 'refused' }],
    [{ status: 'outdated', pending: 2, unsent: 1 }, { key: 'outdated' }],
    [{ status: 'serverOutdated', pending: 2, unsent: 1 }, { key: 'serverOutdated' }],
    [
      { status: 'offline', pending: 0, unsent: 1 },
      { key: 'offline', count: 1 },
    ],
    [
      { status: 'offline', pending: 2, unsent: 1 },
      { key: 'offline', count: 3 },
    ],
    [
      { status: 'offline', pending: 0, unsent: 0 },
      { key: 'offline', count: 0 },
    ],
    [{ status: 'connecting', pending: 1, unsent: 1 }, { key: 'connecting' }],
    [{ status: 'connected', pending: 0, unsent: 0 }, { key: 'synced' }],
    [
      { status: 'connected', pending: 0, unsent: 2 },
      { key: 'sending', count: 2 },
    ],
  ] as const)('%j → %j', (facts, headline) => {
    expect(syncHeadlineOf(facts)).toEqual(headline);
  });
});

describe('isReadOnlyAccess', () => {
  it.each([
    [undefined, undefined, false],
    [undefined, false, false],
    ['edit', undefined, false],
    ['edit', false, false],
    ['read', undefined, true],
    ['read', false, true],
    [undefined, true, true],
    ['edit', true, true],
  ] as const)('stored %s, server says read-only %s: read-only %s', (stored, server, readOnly) => {
    expect(isReadOnlyAccess(stored, server)).toBe(readOnly);
  });
});
