import { describe, expect, it } from 'vitest';
import { joinLink, parseJoinLink, serverUrlOf, tokenOf } from '../../src/domain/syncConfig';

const PLAN = '0b6c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3';
const TOKEN = 'k3Y-0f_at-least-sixteen';

describe('serverUrlOf', () => {
  it.each([
    ['ws://127.0.0.1:4520', 'ws://127.0.0.1:4520'],
    ['  wss://sync.example.org/ ', 'wss://sync.example.org'],
    ['http://127.0.0.1:1234', 'ws://127.0.0.1:1234'],
    ['https://sync.example.org', 'wss://sync.example.org'],
    ['ftp://sync.example.org', null],
    ['sync.example.org', null],
    ['wss://sync.example.org/pad', null],
    ['wss://user:pw@sync.example.org', null],
    ['', null],
  ])('%j → %j', (input, expected) => {
    expect(serverUrlOf(input)).toBe(expected);
  });
});

describe('tokenOf', () => {
  it.each([
    [TOKEN, TOKEN],
    [`  ${TOKEN} `, TOKEN],
    ['kort', null],
    ['met spaties erin maar lang genoeg', null],
  ])('%j → %j', (input, expected) => {
    expect(tokenOf(input)).toBe(expected);
  });
});

describe('parseJoinLink', () => {
  const link = `#/join?server=${encodeURIComponent('ws://127.0.0.1:4521')}&plan=${PLAN}&token=${TOKEN}`;
  it.each([
    [link, { serverUrl: 'ws://127.0.0.1:4521', planId: PLAN, token: TOKEN }],
    ['', null],
    ['#/bord', null],
    [`#/join?server=ws://127.0.0.1:4521&plan=geen-uuid&token=${TOKEN}`, null],
    [`#/join?server=ws://127.0.0.1:4521&plan=${PLAN}`, null],
    [`#/join?plan=${PLAN}&token=${TOKEN}`, null],
  ])('%j → %j', (hash, expected) => {
    expect(parseJoinLink(hash)).toEqual(expected);
  });

  it('reads back the link joinLink makes', () => {
    const settings = { serverUrl: 'wss://sync.example.org', planId: PLAN, token: TOKEN };
    const url = joinLink('https://bord.example.org/?view=bord#oud', settings);
    expect(url.startsWith('https://bord.example.org/?view=bord#/join?')).toBe(true);
    expect(parseJoinLink(url.slice(url.indexOf('#')))).toEqual(settings);
  });
});
