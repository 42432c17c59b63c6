import { fireEvent, render, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useOverlayShortcuts } from '../../src/app/useShortcuts';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('useOverlayShortcuts', () => {
  it.each([
    ['Ctrl+K', { key: 'k', ctrlKey: true }, 'palette'],
    ['⌘K', { key: 'k', metaKey: true }, 'palette'],
    ['Ctrl+Shift+K', { key: 'K', ctrlKey: true, shiftKey: true }, null],
    ['Ctrl+Alt+K', { key: 'k', ctrlKey: true, altKey: true }, null],
    ['?', { key: '?', shiftKey: true }, 'shortcuts'],
    ['k alone', { key: 'k' }, null],
  ])('%s on the page → %s', (_, init, expected) => {
    const open = vi.fn();
    renderHook(() => useOverlayShortcuts(open));
    fireEvent.keyDown(document.body, init);
    if (expected) expect(open).toHaveBeenCalledWith(expected);
    else expect(open).not.toHaveBeenCalled();
  });

  it('"?" typed in a field is a question mark; Ctrl+K there still opens the palette', () => {
    const open = vi.fn();
    renderHook(() => useOverlayShortcuts(open));
    const { getByRole } = render(<input aria-label="Zoeken" />);
    const field = getByRole('textbox');
    fireEvent.keyDown(field, { key: '?' });
    expect(open).not.toHaveBeenCalled();
    fireEvent.keyDown(field, { key: 'k', ctrlKey: true });
    expect(open).toHaveBeenCalledWith('palette');
  });

  it('opens nothing over an open dialog, and keeps Ctrl+K from the browser there', () => {
    const open = vi.fn();
    renderHook(() => useOverlayShortcuts(open));
    render(<dialog open>Taak</dialog>);
    const chord = new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, cancelable: true });
    window.dispatchEvent(chord);
    fireEvent.keyDown(document.body, { key: '?' });
    expect(open).not.toHaveBeenCalled();
    expect(chord.defaultPrevented).toBe(true);
  });
});
