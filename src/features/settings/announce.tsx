import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';

/** Saying "bewaard" out loud: one polite live region for the whole settings page. */
const AnnounceContext = createContext<(message: string) => void>(() => {});

export function AnnounceProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const timer = useRef<number | undefined>(undefined);
  // A page left within the pause must not be written to afterwards.
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const announce = useCallback((text: string) => {
    // Clearing first makes a repeated "Bewaard." be read again.
    setMessage('');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setMessage(text), 30);
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <p role="status" className="settings-status">
        {message}
      </p>
    </AnnounceContext.Provider>
  );
}

export function useAnnounce(): (message: string) => void {
  return useContext(AnnounceContext);
}
