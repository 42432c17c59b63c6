import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { OFFLINE_NOTICE_MS, UpdatePrompt } from '../../../src/features/storage/UpdatePrompt';

const state = vi.hoisted(() => ({
  needRefresh: false,
  offlineReady: false,
  update: null as null | ((reload?: boolean) => Promise<void>),
  options: null as null | { onNeedReload?: () => void },
}));

// The registration is a virtual module of the build; here it is driven by the test.
vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: (options: { onNeedReload?: () => void }) => ({
    ...((state.options = options), {}),
    needRefresh: useState(state.needRefresh),
    offlineReady: useState(state.offlineReady),
    updateServiceWorker: state.update!,
  }),
}));

beforeEach(() => {
  state.needRefresh = false;
  state.offlineReady = false;
  state.update = vi.fn(async () => undefined);
});

describe('UpdatePrompt', () => {
  it('shows nothing while there is no new version', () => {
    render(<UpdatePrompt />);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('announces a waiting version and installs it only when the user clicks Herladen', async () => {
    state.needRefresh = true;
    render(<UpdatePrompt />);
    expect(screen.getByRole('status')).toHaveTextContent('Nieuwe versie beschikbaar — herladen');
    expect(state.update).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Herladen' }));
    expect(state.update).toHaveBeenCalledWith(true);
  });

  it('"Later" puts the question away without reloading', async () => {
    state.needRefresh = true;
    render(<UpdatePrompt />);
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByText('Nieuwe versie beschikbaar — herladen')).not.toBeInTheDocument();
    expect(state.update).not.toHaveBeenCalled();
  });

  it('says once that the app works offline', async () => {
    state.offlineReady = true;
    render(<UpdatePrompt />);
    expect(screen.getByText('Sprintbord werkt nu ook zonder netwerk.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(screen.queryByText('Sprintbord werkt nu ook zonder netwerk.')).not.toBeInTheDocument();
  });

  it('lets the offline notice fade by itself, keeping its place, but not while it is pointed at', () => {
    vi.useFakeTimers();
    try {
      state.offlineReady = true;
      render(<UpdatePrompt />);
      const box = screen.getByText('Sprintbord werkt nu ook zonder netwerk.').parentElement!;
      fireEvent.pointerEnter(box);
      act(() => vi.advanceTimersByTime(OFFLINE_NOTICE_MS * 3));
      expect(box).not.toHaveClass('offline-ready-faded');
      fireEvent.pointerLeave(box);
      act(() => vi.advanceTimersByTime(OFFLINE_NOTICE_MS - 1));
      expect(box).not.toHaveClass('offline-ready-faded');
      act(() => vi.advanceTimersByTime(1));
      // Still in the document, so the header keeps its height and the board does not move.
      expect(box).toBeInTheDocument();
      expect(box).toHaveClass('offline-ready-faded');
      expect(box).toHaveAttribute('aria-hidden', 'true');
    } finally {
      vi.useRealTimers();
    }
  });

  it('puts focus back where it was when the offline notice is put away', async () => {
    state.offlineReady = true;
    render(
      <>
        <h2 tabIndex={-1}>Alle huidige gegevens vervangen?</h2>
        <UpdatePrompt />
      </>,
    );
    const heading = screen.getByRole('heading', { name: 'Alle huidige gegevens vervangen?' });
    act(() => heading.focus());
    await userEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(screen.queryByText('Sprintbord werkt nu ook zonder netwerk.')).not.toBeInTheDocument();
    expect(heading).toHaveFocus();
  });

  it('keeps the offline notice while a keyboard user is on its button', () => {
    vi.useFakeTimers();
    try {
      state.offlineReady = true;
      render(<UpdatePrompt />);
      const ok = screen.getByRole('button', { name: 'OK' });
      act(() => ok.focus());
      act(() => vi.advanceTimersByTime(OFFLINE_NOTICE_MS * 3));
      expect(ok.parentElement).not.toHaveClass('offline-ready-faded');
    } finally {
      vi.useRealTimers();
    }
  });

  it('when another tab installed the new version, this tab asks instead of reloading by itself', async () => {
    const reload = vi.fn();
    const location = window.location;
    Object.defineProperty(window, 'location', {
      configurable: true,
      value: { ...location, reload },
    });
    try {
      render(<UpdatePrompt />);
      act(() => state.options!.onNeedReload!());
      expect(reload).not.toHaveBeenCalled();
      expect(screen.getByRole('status')).toHaveTextContent('Nieuwe versie beschikbaar — herladen');
      await userEvent.click(screen.getByRole('button', { name: 'Herladen' }));
      expect(reload).toHaveBeenCalledTimes(1);
      expect(state.update).not.toHaveBeenCalled();
    } finally {
      Object.defineProperty(window, 'location', { configurable: true, value: location });
    }
  });

  it('reloads when the version it asked for takes over', async () => {
    const reload = vi.fn();
    const location = window.location;
    Object.defineProperty(window, 'location', {
      configurable: true,
      value: { ...location, reload },
    });
    try {
      state.needRefresh = true;
      render(<UpdatePrompt />);
      await userEvent.click(screen.getByRole('button', { name: 'Herladen' }));
      expect(state.update).toHaveBeenCalledWith(true);
      act(() => state.options!.onNeedReload!());
      expect(reload).toHaveBeenCalledTimes(1);
    } finally {
      Object.defineProperty(window, 'location', { configurable: true, value: location });
    }
  });
});
