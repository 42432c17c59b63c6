import * as Y from 'yjs';
import type { ServerConfig } from './config';

/** The few SQL calls the store needs; implemented on `pg` and on PGlite (same SQL). */
export interface Sql {
  query<T>(text: string, params?: unknown[]): Promise<T[]>;
  transaction<T>(fn: (tx: Pick<Sql, 'query'>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface PlanAccess {
  editTokenHash: string;
  readTokenHash: string;
}

export interface Store {
  readonly kind: 'postgres' | 'embedded';
  getPlan(planId: string): Promise<PlanAccess | null>;
  /** false when the plan already exists. */
  createPlan(planId: string, access: PlanAccess): Promise<boolean>;
  /** Replaces one hash, only if the edit hash is still `currentEditHash`; false otherwise. */
  replaceTokenHash(
    planId: string,
    kind: 'edit' | 'read',
    currentEditHash: string,
    newHash: string,
  ): Promise<boolean>;
  fetchDocument(name: string): Promise<Uint8Array | null>;
  /**
   * Merges `update` into the stored state instead of overwriting it: two instances storing the
   * same plan at once (each with changes the other has not seen yet) then both keep theirs.
   */
  storeDocument(name: string, update: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

function pgSql(url: string): Promise<Sql> {
  return import('pg').then(({ default: pg }) => {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // An idle client losing its connection must not take the server down.
    pool.on('error', () => {});
    return {
      async query<T>(text: string, params: unknown[] = []) {
        return (await pool.query(text, params)).rows as T[];
      },
      async transaction<T>(fn: (tx: Pick<Sql, 'query'>) => Promise<T>) {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const result = await fn({
            query: async <R>(text: string, params: unknown[] = []) =>
              (await client.query(text, params)).rows as R[],
          });
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => {});
          throw error;
        } finally {
          client.release();
        }
      },
      close: () => pool.end(),
    };
  });
}

async function pgliteSql(dataDir: string): Promise<Sql> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(dataDir);
  return {
    async query<T>(text: string, params: unknown[] = []) {
      return (await db.query<T>(text, params)).rows;
    },
    transaction: <T>(fn: (tx: Pick<Sql, 'query'>) => Promise<T>) =>
      db.transaction((tx) =>
        fn({
          query: async <R>(text: string, params: unknown[] = []) =>
            (await tx.query<R>(text, params)).rows,
        }),
      ),
    close: () => db.close(),
  };
}

export async function openStore(
  config: Pick<ServerConfig, 'databaseUrl' | 'dataDir' | 'tablePrefix'>,
): Promise<Store> {
  const sql = config.databaseUrl
    ? await pgSql(config.databaseUrl)
    : await pgliteSql(config.dataDir);
  try {
    return await createStore(sql, config.databaseUrl ? 'postgres' : 'embedded', config.tablePrefix);
  } catch (error) {
    await sql.close().catch(() => {});
    throw error;
  }
}

export async function createStore(sql: Sql, kind: Store['kind'], prefix: string): Promise<Store> {
  const plans = `${prefix}plans`;
  const documents = `${prefix}documents`;
  // Instances starting together would race on CREATE TABLE; the advisory lock serialises them.
  await sql.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`${prefix}schema`]);
    await tx.query(`CREATE TABLE IF NOT EXISTS ${plans} (
      id uuid PRIMARY KEY,
      edit_token_hash text NOT NULL,
      read_token_hash text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await tx.query(`CREATE TABLE IF NOT EXISTS ${documents} (
      name text PRIMARY KEY,
      state bytea NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
  });

  return {
    kind,
    async getPlan(planId) {
      const rows = await sql.query<{ edit_token_hash: string; read_token_hash: string }>(
        `SELECT edit_token_hash, read_token_hash FROM ${plans} WHERE id = $1`,
        [planId],
      );
      const row = rows[0];
      return row
        ? { editTokenHash: row.edit_token_hash, readTokenHash: row.read_token_hash }
        : null;
    },
    async createPlan(planId, access) {
      const rows = await sql.query<{ id: string }>(
        `INSERT INTO ${plans} (id, edit_token_hash, read_token_hash) VALUES ($1, $2, $3)
         ON CONFLICT (id) DO NOTHING RETURNING id`,
        [planId, access.editTokenHash, access.readTokenHash],
      );
      return rows.length === 1;
    },
    async replaceTokenHash(planId, tokenKind, currentEditHash, newHash) {
      const column = tokenKind === 'edit' ? 'edit_token_hash' : 'read_token_hash';
      const rows = await sql.query<{ id: string }>(
        `UPDATE ${plans} SET ${column} = $3, updated_at = now()
         WHERE id = $1 AND edit_token_hash = $2 RETURNING id`,
        [planId, currentEditHash, newHash],
      );
      return rows.length === 1;
    },
    async fetchDocument(name) {
      const rows = await sql.query<{ state: Uint8Array }>(
        `SELECT state FROM ${documents} WHERE name = $1`,
        [name],
      );
      const state = rows[0]?.state;
      return state ? new Uint8Array(state) : null;
    },
    async storeDocument(name, update) {
      await sql.transaction(async (tx) => {
        // Nothing stored yet: the update is the whole state, no merge needed (for a plan just
        // shared that merge of several MB was most of the time its first store took).
        const inserted = await tx.query<{ name: string }>(
          `INSERT INTO ${documents} (name, state) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING
           RETURNING name`,
          [name, Buffer.from(update)],
        );
        if (inserted.length === 1) return;
        const rows = await tx.query<{ state: Uint8Array }>(
          `SELECT state FROM ${documents} WHERE name = $1 FOR UPDATE`,
          [name],
        );
        const stored = rows[0]?.state;
        const merged = stored ? Y.mergeUpdates([new Uint8Array(stored), update]) : update;
        await tx.query(`UPDATE ${documents} SET state = $2, updated_at = now() WHERE name = $1`, [
          name,
          Buffer.from(merged),
        ]);
      });
    },
    close: () => sql.close(),
  };
}
