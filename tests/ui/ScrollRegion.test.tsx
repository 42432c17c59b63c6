import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScrollRegion } from '../../src/ui/ScrollRegion';

const HINT = 'Scroll opzij voor alle kolommen →';

function sized(scrollWidth: number, clientWidth: number) {
  vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(scrollWidth);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(clientWidth);
}

afterEach(() => vi.restoreAllMocks());

describe('ScrollRegion', () => {
  it('is a named region that takes keyboard focus, so arrow keys can scroll it', () => {
    sized(100, 100);
    render(
      <ScrollRegion label="Kolommen van het bord" moreLabel={HINT}>
        <p>kolommen</p>
      </ScrollRegion>,
    );
    const region = screen.getByRole('region', { name: 'Kolommen van het bord' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region).toHaveTextContent('kolommen');
  });

  it.each([
    ['content wider than the region', 2000, 1400, true],
    ['content that fits', 1400, 1400, false],
  ])('with %s shows the hint: %s', (_name, scrollWidth, clientWidth, hint) => {
    sized(scrollWidth, clientWidth);
    render(
      <ScrollRegion label="Kolommen van het bord" moreLabel={HINT}>
        <p>kolommen</p>
      </ScrollRegion>,
    );
    expect(screen.queryByText(HINT) !== null).toBe(hint);
  });

  it('keeps the hint while scrolled, with a shadow on the side where more lies', () => {
    sized(2000, 1400);
    const { container } = render(
      <ScrollRegion label="Kolommen van het bord" moreLabel={HINT}>
        <p>kolommen</p>
      </ScrollRegion>,
    );
    const outer = container.firstElementChild!;
    expect(outer).toHaveClass('scroll-region-right');
    expect(outer).not.toHaveClass('scroll-region-left');
    const region = screen.getByRole('region', { name: 'Kolommen van het bord' });
    region.scrollLeft = 600;
    fireEvent.scroll(region);
    expect(outer).toHaveClass('scroll-region-left');
    expect(outer).not.toHaveClass('scroll-region-right');
    expect(screen.getByText(HINT)).toBeInTheDocument();
  });
});
