// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig, type ServerConfig } from '../../server/config';

describe('readConfig', () => {
  const cases: { name: string; env: Record<string, string>; expected: Partial<ServerConfig> }[] = [
    {
      name: 'defaults: loopback, port 1234, embedded store in ./data, open registration, any origin',
      env: {},
      expected: {
        host: '127.0.0.1',
        port: 1234,
        dataDir: './data',
        databaseUrl: null,
        redisUrl: null,
        registration: 'open',
        allowedOrigins: null,
        rateLimit: 60,
      },
    },
    {
      name: 'an admin key makes registration need it',
      env: { ADMIN_KEY: 'een-lange-beheerderssleutel' },
      expected: { registration: 'admin', adminKey: 'een-lange-beheerderssleutel' },
    },
    {
      name: 'REGISTRATION=open keeps registration open even with an admin key',
      env: { ADMIN_KEY: 'een-lange-beheerderssleutel', REGISTRATION: 'open' },
      expected: { registration: 'open' },
    },
    {
      name: 'origins are split on commas, trimmed and lose a trailing slash',
      env: { ALLOWED_ORIGINS: 'https://a.example/, https://b.example' },
      expected: { allowedOrigins: ['https://a.example', 'https://b.example'] },
    },
    {
      name: 'services and listening address from the environment',
      env: {
        HOST: '0.0.0.0',
        PORT: '8080',
        DATABASE_URL: 'postgres://u@db/sprintbord',
        REDIS_URL: 'redis://cache:6379',
        RATE_LIMIT: '0',
      },
      expected: {
        host: '0.0.0.0',
        port: 8080,
        databaseUrl: 'postgres://u@db/sprintbord',
        redisUrl: 'redis://cache:6379',
        rateLimit: 0,
      },
    },
  ];

  it.each(cases)('$name', ({ env, expected }) => {
    expect(readConfig(env)).toMatchObject(expected);
  });

  const refused: { name: string; env: Record<string, string> }[] = [
    { name: 'a port that is not a number', env: { PORT: 'twaalf' } },
    { name: 'admin registration without an admin key', env: { REGISTRATION: 'admin' } },
    { name: 'an admin key shorter than 16 characters', env: { ADMIN_KEY: 'kort' } },
    { name: 'an unknown registration policy', env: { REGISTRATION: 'iedereen' } },
    { name: 'a table prefix that could inject SQL', env: { TABLE_PREFIX: 'x; DROP TABLE y' } },
    { name: 'a DATABASE_URL that is not a URL', env: { DATABASE_URL: 'geen url' } },
    { name: 'a message limit below 1 KiB', env: { MAX_MESSAGE_BYTES: '10' } },
  ];

  it.each(refused)('refuses $name', ({ env }) => {
    expect(() => readConfig(env)).toThrow(ConfigError);
  });
});
