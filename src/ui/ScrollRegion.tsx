import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import './scroll-region.css';

interface ScrollRegionProps {
  /** Names the region for screen readers and keyboard users (it takes focus to scroll). */
  label: string;
  /** Visible hint while the content is wider than the region (translated by the caller). */
  moreLabel: string;
  className?: string;
  children: ReactNode;
}

/**
 * A region that scrolls sideways and shows that it does: a shadow on the edge where more content
 * lies and, while there is more to the right, a visible hint. It takes keyboard focus, so the
 * arrow keys scroll it (WCAG 2.1.1), and carries a name, so that focus stop is announced.
 */
export function ScrollRegion({ label, moreLabel, className, children }: ScrollRegionProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [edges, setEdges] = useState({ left: false, right: false });

  const measure = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    const left = el.scrollLeft > 1;
    const right = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
    setEdges((e) => (e.left === left && e.right === right ? e : { left, right }));
  }, []);

  useEffect(() => {
    measure();
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    // The content changes width as columns are added or the window is resized.
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    for (const child of Array.from(el.children)) observer.observe(child);
    return () => observer.disconnect();
  }, [measure, children]);

  return (
    <div
      className={`scroll-region${edges.left ? ' scroll-region-left' : ''}${
        edges.right ? ' scroll-region-right' : ''
      }${className ? ` ${className}` : ''}`}
    >
      {/* In the flow above the region, so it never covers a column; hidden from screen readers,
          which hear the region's name and can scroll it like any other. */}
      {(edges.left || edges.right) && (
        <p className="scroll-region-more" aria-hidden="true">
          {moreLabel}
        </p>
      )}
      <div
        ref={ref}
        className="scroll-region-inner"
        role="region"
        aria-label={label}
        tabIndex={0}
        onScroll={measure}
      >
        {children}
      </div>
    </div>
  );
}
