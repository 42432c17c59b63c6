import { describe, expect, it } from 'vitest';
import { isDueBucket } from '../../src/domain/group';
import { isPhase, isStatus } from '../../src/domain/types';

describe('value guards for stored or URL text', () => {
  it.each([
    ['afgerond', true],
    ['in-uitvoering', true],
    ['Afgerond', false],
    ['klaar', false],
    [null, false],
    [3, false],
  ])('isStatus(%j) is %s', (value, expected) => expect(isStatus(value)).toBe(expected));

  it.each([
    ['verkennen', true],
    ['investeren', true],
    ['none', false],
    ['', false],
    [undefined, false],
  ])('isPhase(%j) is %s', (value, expected) => expect(isPhase(value)).toBe(expected));

  it.each([
    ['te-laat', true],
    ['geen-datum', true],
    ['deze-maand', false],
    [null, false],
  ])('isDueBucket(%j) is %s', (value, expected) => expect(isDueBucket(value)).toBe(expected));
});
