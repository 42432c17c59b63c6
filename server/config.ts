import { randomUUID } from 'node:crypto';

export type RegistrationPolicy = 'open' | 'admin';

export interface ServerConfig {
  host: string;
  port: number;
  /** Directory of the embedded store (PGlite), used when no DATABASE_URL is set. */
  dataDir: string;
  databaseUrl: string | null;
  redisUrl: string | null;
  /** Browser origins allowed to connect; null = any origin. */
  allowedOrigins: string[] | null;
  registration: RegistrationPolicy;
  adminKey: string | null;
  maxMessageBytes: number;
  maxDocumentBytes: number;
  /** Connections per IP within `rateLimitSeconds`; 0 turns the limit off. */
  rateLimit: number;
  rateLimitSeconds: number;
  rateLimitBanMinutes: number;
  /** Prefix of the SQL tables and Redis keys, so several deployments can share one database. */
  tablePrefix: string;
  /** Identifies this instance on Redis and in the log. */
  instanceName: string;
  /** Milliseconds after the last change before a document is stored, and the longest wait. */
  storeDebounceMs: number;
  storeMaxDebounceMs: number;
}

export class ConfigError extends Error {}

const MIB = 1024 * 1024;

function integer(
  env: Record<string, string | undefined>,
  name: string,
  fallback: number,
  min: number,
): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new ConfigError(`${name} must be a whole number >= ${min}, got "${raw}"`);
  }
  return value;
}

function text(env: Record<string, string | undefined>, name: string): string | null {
  const raw = env[name]?.trim();
  return raw ? raw : null;
}

/** Reads the server's settings from the environment; throws ConfigError on a bad value. */
export function readConfig(env: Record<string, string | undefined>): ServerConfig {
  const adminKey = text(env, 'ADMIN_KEY');
  const registrationRaw = text(env, 'REGISTRATION') ?? (adminKey ? 'admin' : 'open');
  if (registrationRaw !== 'open' && registrationRaw !== 'admin') {
    throw new ConfigError(`REGISTRATION must be "open" or "admin", got "${registrationRaw}"`);
  }
  // A short admin key could be guessed; the tokens the server hands out are 256-bit.
  if (registrationRaw === 'admin' && (adminKey === null || adminKey.length < 16)) {
    throw new ConfigError('REGISTRATION=admin needs an ADMIN_KEY of at least 16 characters');
  }
  const origins = text(env, 'ALLOWED_ORIGINS');
  const allowedOrigins =
    origins === null || origins === '*'
      ? null
      : origins
          .split(',')
          .map((o) => o.trim().replace(/\/$/, ''))
          .filter((o) => o !== '');
  const tablePrefix = text(env, 'TABLE_PREFIX') ?? 'sprintbord_';
  if (!/^[a-z_][a-z0-9_]{0,30}$/.test(tablePrefix)) {
    throw new ConfigError('TABLE_PREFIX may hold only lower-case letters, digits and _');
  }
  for (const name of ['DATABASE_URL', 'REDIS_URL'] as const) {
    const url = text(env, name);
    if (url !== null && !URL.canParse(url)) throw new ConfigError(`${name} is not a URL`);
  }
  const maxMessageBytes = integer(env, 'MAX_MESSAGE_BYTES', 16 * MIB, 1024);
  const maxDocumentBytes = integer(env, 'MAX_DOCUMENT_BYTES', 64 * MIB, 1024);
  return {
    host: text(env, 'HOST') ?? '127.0.0.1',
    port: integer(env, 'PORT', 1234, 0),
    dataDir: text(env, 'DATA_DIR') ?? './data',
    databaseUrl: text(env, 'DATABASE_URL'),
    redisUrl: text(env, 'REDIS_URL'),
    allowedOrigins,
    registration: registrationRaw,
    adminKey,
    maxMessageBytes,
    maxDocumentBytes,
    rateLimit: integer(env, 'RATE_LIMIT', 60, 0),
    rateLimitSeconds: integer(env, 'RATE_LIMIT_SECONDS', 60, 1),
    rateLimitBanMinutes: integer(env, 'RATE_LIMIT_BAN_MINUTES', 1, 0),
    tablePrefix,
    instanceName: text(env, 'INSTANCE_NAME') ?? `sprintbord-${randomUUID().slice(0, 8)}`,
    storeDebounceMs: integer(env, 'STORE_DEBOUNCE_MS', 2000, 0),
    storeMaxDebounceMs: integer(env, 'STORE_MAX_DEBOUNCE_MS', 10000, 0),
  };
}
