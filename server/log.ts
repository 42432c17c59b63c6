export type Logger = (
  event: string,
  fields?: Record<string, string | number | boolean | null>,
) => void;

/** One line per event, `key=value`, never a token: callers pass only ids, kinds and reasons. */
export function lineLogger(write: (line: string) => void): Logger {
  return (event, fields = {}) => {
    const parts = Object.entries(fields).map(([key, value]) => `${key}=${JSON.stringify(value)}`);
    write([new Date().toISOString(), event, ...parts].join(' '));
  };
}

export const silentLogger: Logger = () => {};
