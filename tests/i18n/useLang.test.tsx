import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { languageOf, setLanguage } from '../../src/i18n/i18n';
import { localeOf, useLang } from '../../src/i18n/useLang';

function Shown() {
  const lang = useLang();
  return <p>{`${lang} ${localeOf(lang)}`}</p>;
}

describe('the screen language', () => {
  afterEach(() => act(() => setLanguage('nl')));

  it.each([
    ['en', 'en'],
    ['nl', 'nl'],
    ['nl-BE', 'nl'],
    ['fr', 'nl'],
    [null, 'nl'],
    [undefined, 'nl'],
  ] as const)('languageOf(%s) is %s', (code, lang) => expect(languageOf(code)).toBe(lang));

  it('useLang follows a switch to English and back, with its Intl locale', () => {
    render(<Shown />);
    expect(screen.getByText('nl nl-BE')).toBeInTheDocument();
    act(() => setLanguage('en'));
    expect(screen.getByText('en en-GB')).toBeInTheDocument();
    act(() => setLanguage('nl'));
    expect(screen.getByText('nl nl-BE')).toBeInTheDocument();
  });
});
