import { ConfigError, readConfig } from './config';
import { lineLogger } from './log';
import { startServer } from './app';

const log = lineLogger((line) => process.stdout.write(`${line}\n`));

// Hocuspocus reports refused messages with console.error and a stack; keep it to one line each.
console.error = (...args: unknown[]) => {
  const message = args
    .map((arg) =>
      arg instanceof Error ? arg.message : typeof arg === 'string' ? arg : JSON.stringify(arg),
    )
    .join(' ');
  log('error', { where: 'hocuspocus', message: message.slice(0, 500) });
};

// A fault in one connection's handling must not end the server for everyone else.
process.on('unhandledRejection', (reason) => {
  log('error', {
    where: 'unhandled-rejection',
    message: reason instanceof Error ? reason.message : String(reason),
  });
});
process.on('uncaughtException', (error) => {
  log('error', { where: 'uncaught-exception', message: error.message });
});

let config;
try {
  config = readConfig(process.env);
} catch (error) {
  if (error instanceof ConfigError) {
    log('config-error', { message: error.message });
    process.exit(2);
  }
  throw error;
}

const server = await startServer(config, log);
log('listening', {
  url: server.wsUrl,
  instance: config.instanceName,
  store: server.store.kind,
  redis: config.redisUrl !== null,
  registration: config.registration,
  origins: config.allowedOrigins === null ? '*' : config.allowedOrigins.join(','),
});

let stopping = false;
const shutdown = (signal: string) => {
  if (stopping) return;
  stopping = true;
  log('stopping', { signal });
  server
    .stop()
    .then(() => {
      log('stopped');
      process.exit(0);
    })
    .catch((error: unknown) => {
      log('error', {
        where: 'shutdown',
        message: error instanceof Error ? error.message : String(error),
      });
      process.exit(1);
    });
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
