import type { DBCoreCursor, DBCoreMutateRequest, Middleware, DBCore } from 'dexie';

// A task in the backlog has sprintId null, and IndexedDB leaves a row out of every index whose key
// holds null: the backlog could only be found by reading the whole plan. So a task is stored with
// '' for "no sprint", and the [planId+sprintId] index answers the backlog like any sprint.
// One Dexie middleware translates every write and every read of the tasks table, so no command,
// restore, import, seed, repair or sync write can forget it, and nothing above it (the app, the
// outbox, backups, exports, the sync document) ever sees the stored form.

/** The stored sprintId of a task without a sprint: a valid index key, and never a sprint's id. */
export const BACKLOG_KEY = '';

type SprintField = { sprintId?: unknown };

/** A task as it is stored: '' for no sprint. Other rows and other values pass unchanged. */
export function storedTask<T>(row: T): T {
  const r = row as SprintField | null;
  return typeof r === 'object' && r !== null && r.sprintId === null
    ? ({ ...r, sprintId: BACKLOG_KEY } as T)
    : row;
}

/** A stored task as the app knows it: null for no sprint. A copy, so cached stored rows stay stored. */
export function taskFromStore<T>(row: T): T {
  const r = row as SprintField | null;
  return typeof r === 'object' && r !== null && r.sprintId === BACKLOG_KEY
    ? ({ ...r, sprintId: null } as T)
    : row;
}

/** The changes of a modify or update, as they would be stored. */
function storedChanges(spec: Record<string, unknown>): Record<string, unknown> {
  return spec.sprintId === null ? { ...spec, sprintId: BACKLOG_KEY } : spec;
}

function storedRequest(req: DBCoreMutateRequest): DBCoreMutateRequest {
  if (req.type === 'add') return { ...req, values: req.values.map(storedTask) };
  if (req.type !== 'put') return req;
  return {
    ...req,
    values: req.values.map(storedTask),
    ...(req.changeSpec ? { changeSpec: storedChanges(req.changeSpec) } : {}),
    ...(req.updates
      ? { updates: { ...req.updates, changeSpecs: req.updates.changeSpecs.map(storedChanges) } }
      : {}),
  };
}

/** A cursor that hands out the app's form of each stored row (the same object for one row). */
function appCursor(cursor: DBCoreCursor): DBCoreCursor {
  let raw: unknown;
  let translated: unknown;
  return Object.create(cursor, {
    key: { get: () => cursor.key },
    primaryKey: { get: () => cursor.primaryKey },
    value: {
      get: () => {
        const value: unknown = cursor.value;
        if (value !== raw) {
          raw = value;
          translated = taskFromStore(value);
        }
        return translated;
      },
    },
  }) as DBCoreCursor;
}

/**
 * Translates the tasks table between the app's form and the stored one. Its level puts it below
 * the outbox (level 10: it records the app's rows) and above Dexie's own middlewares (levels 0–2:
 * the live queries see the stored keys, so a task moved to or from the backlog wakes the backlog).
 */
export const storedTaskMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'sprintbord-stored-task',
  level: 5,
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (name !== 'tasks') return table;
      return {
        ...table,
        mutate: (req) => table.mutate(storedRequest(req)),
        // .then on Dexie's own promises, not await: a cursor must be driven within the
        // transaction's tick, as Dexie's virtual-index middleware does.
        get: (req) => table.get(req).then(taskFromStore),
        getMany: (req) => table.getMany(req).then((rows) => rows.map(taskFromStore)),
        query: (req) =>
          req.values
            ? table.query(req).then((res) => ({ ...res, result: res.result.map(taskFromStore) }))
            : table.query(req),
        openCursor: (req) =>
          req.values
            ? table.openCursor(req).then((cursor) => cursor && appCursor(cursor))
            : table.openCursor(req),
      };
    },
  }),
};
