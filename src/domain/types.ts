/** Calendar date as stored and passed around: `yyyy-MM-dd`. */
export type IsoDate = string;
/** Moment as stored: an ISO 8601 timestamp in UTC. */
export type IsoDateTime = string;

export const STATUSES = ['backlog', 'gepland', 'in-uitvoering', 'geblokkeerd', 'afgerond'] as const;
export type Status = (typeof STATUSES)[number];

export function isStatus(value: unknown): value is Status {
  return (STATUSES as readonly unknown[]).includes(value);
}

export const PRIORITIES = ['urgent', 'belangrijk', 'normaal', 'laag'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** The road of a use case (seed 000, "welk proces hanteren we?"). */
export const PHASES = ['inspireren', 'verkennen', 'experimenteren', 'investeren'] as const;
export type Phase = (typeof PHASES)[number];

export function isPhase(value: unknown): value is Phase {
  return (PHASES as readonly unknown[]).includes(value);
}

export interface SprintSettings {
  /** Start of sprint 1; any weekday is allowed, a Monday is usual. */
  firstStart: IsoDate;
  /** Default sprint length in weeks (6 for the AI core team). */
  lengthWeeks: number;
}

export interface Plan {
  id: string;
  name: string;
  year: number;
  sprintSettings: SprintSettings;
  /**
   * Set on the demo plan only: the day its story is told from, which is its "today" in every
   * view (see planToday). Absent or null: the plan lives on the real clock.
   */
  storyDay?: IsoDate | null;
  /**
   * Soft WIP limits of the board's status columns (see domain/wip.ts): a whole number ≥ 1 per
   * status that has one. Absent: no limits. Plan data, so it travels with sync and backups.
   */
  wipLimits?: WipLimits;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

export interface Theme {
  id: string;
  planId: string;
  /** Short label as shown on the chip, e.g. "betrouwbare AI". */
  label: string;
  /** Full theme name, e.g. "Betrouwbare AI". */
  name: string;
  color: string;
  order: number;
  /** Soft WIP limit of the theme's column on the board (grouped by label); absent/null: none. */
  wipLimit?: number | null;
  updatedAt: IsoDateTime;
}

/** Soft WIP limit per status column; a status without a key has no limit. */
export type WipLimits = Partial<Record<Status, number>>;

export interface Action {
  id: string;
  planId: string;
  themeId: string;
  title: string;
  description: string;
  order: number;
  ownerId: string | null;
  targetSprintId: string | null;
  phase: Phase | null;
  updatedAt: IsoDateTime;
}

export interface ChecklistItem {
  id: string;
  title: string;
  done: boolean;
}

export interface Note {
  id: string;
  date: IsoDate;
  text: string;
  /** The person of the plan who wrote it, when the device said who it is ("Ik ben"). */
  by?: string | null;
}

export interface Task {
  id: string;
  planId: string;
  themeId: string;
  actionId: string | null;
  title: string;
  description: string;
  status: Status;
  /** null = backlog (no sprint). */
  sprintId: string | null;
  assigneeIds: string[];
  dueDate: IsoDate | null;
  startDate: IsoDate | null;
  priority: Priority;
  checklist: ChecklistItem[];
  notes: Note[];
  blockedReason: string;
  blockedSince: IsoDate | null;
  blockedBy: string[];
  /** Position within its column; lower comes first. */
  rank: number;
  carryOverCount: number;
  phase: Phase | null;
  /** Task ID of a Microsoft Planner import, so a second import updates instead of duplicating. */
  plannerId: string | null;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
  completedAt: IsoDateTime | null;
}

export interface Sprint {
  id: string;
  planId: string;
  number: number;
  name: string;
  start: IsoDate;
  /** Inclusive. */
  end: IsoDate;
  /** Length of this sprint in weeks when it differs from the plan's default. */
  lengthWeeks: number | null;
  goal: string;
  closedAt: IsoDateTime | null;
  /** Frozen copy of the sprint's tasks at close, for the report. */
  snapshot: Task[] | null;
}

export interface Person {
  id: string;
  planId: string;
  name: string;
  initials: string;
  color: string;
  role: string;
}

export const HISTORY_FIELDS = [
  'created',
  'status',
  'sprintId',
  'themeId',
  'assigneeIds',
  'deleted',
  /** A change made by the repair of damaged data (see domain/repair.ts). */
  'repaired',
] as const;
export type HistoryField = (typeof HISTORY_FIELDS)[number];

export interface HistoryEntry {
  id: string;
  planId: string;
  taskId: string;
  at: IsoDateTime;
  field: HistoryField;
  from: string | string[] | null;
  to: string | string[] | null;
  /** The person of the plan who made the change, when the device said who it is ("Ik ben"). */
  by?: string | null;
}
