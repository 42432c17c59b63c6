import type { PlanBundle } from '../db/queries';
import { sprintReportRows } from '../db/reportRows';
import { reportToMarkdown } from '../domain/export/markdown';
import { reportFileName } from '../domain/export/vocabulary';
import { writeFilter, parseFilter, knownIdsOf } from '../domain/filter';
import type { PaletteAction } from '../domain/palette';
import { sprintReportOf } from '../domain/report';
import { resolveSprintChoice } from '../domain/sprints';
import { exportWords } from '../i18n/exportWords';
import { languageOf, setLanguage, type Language } from '../i18n/i18n';
import { downloadBlob } from '../lib/download';
import { navigate } from '../lib/url';
import { useBoardRequest } from '../state/boardRequest';
import { useViewPrefs } from '../state/view';

/** The views whose content the shared filters narrow; a filter chosen elsewhere goes to the board. */
const FILTERED_VIEWS = ['bord', 'jaarplan', 'roadmap', 'mijn-taken'];

export interface PaletteContext {
  bundle: PlanBundle;
  today: string;
  lang: Language;
  openTask: (taskId: string) => void;
  openShortcuts: () => void;
  /** Says a result (a file downloaded) or a problem in a toast. */
  tell: (message: string, tone?: 'info' | 'error') => void;
  text: { exported: (file: string) => string; noSprint: string };
}

const toBoard = (p: URLSearchParams) => {
  p.set('view', 'bord');
  p.delete('planning');
};

/** Does what a palette command says. Runs after the palette has closed. */
export async function runPaletteAction(action: PaletteAction, ctx: PaletteContext): Promise<void> {
  switch (action.kind) {
    case 'view':
      return navigate((p) => p.set('view', action.view));
    case 'sprint':
      return navigate((p) => {
        toBoard(p);
        p.set('sprint', String(action.number));
      });
    case 'backlog':
      return navigate((p) => {
        p.set('view', 'bord');
        if (p.get('sprint') === 'backlog') p.delete('sprint');
        p.set('planning', '1');
      });
    case 'task':
      return ctx.openTask(action.taskId);
    case 'newTask':
      useViewPrefs.getState().setGroupBy('label');
      useBoardRequest.getState().requestAdd(action.themeId);
      return navigate(toBoard);
    case 'blocked':
      return navigate((p) => {
        const filter = parseFilter(p, knownIdsOf(ctx.bundle));
        writeFilter(p, { ...filter, blocked: !filter.blocked });
        if (!FILTERED_VIEWS.includes(p.get('view') ?? 'bord')) p.set('view', 'bord');
      });
    case 'groupBy':
      useViewPrefs.getState().setGroupBy(action.groupBy);
      return navigate((p) => p.set('view', 'bord'));
    case 'language':
      return setLanguage(languageOf(ctx.lang === 'nl' ? 'en' : 'nl'));
    case 'shortcuts':
      return ctx.openShortcuts();
    case 'backup': {
      const { downloadBackup } = await import('../db/backupFile');
      return ctx.tell(ctx.text.exported(await downloadBackup()));
    }
    case 'exportReport':
      return exportReport(ctx);
  }
}

/** The Markdown file "Sprintrapport" downloads, for the sprint the URL names or the current one. */
async function exportReport(ctx: PaletteContext): Promise<void> {
  const { bundle, today } = ctx;
  const choice = new URLSearchParams(window.location.search).get('sprint');
  const sprint = resolveSprintChoice(bundle.sprints, choice, today);
  if (!sprint) return ctx.tell(ctx.text.noSprint, 'error');
  const rows = await sprintReportRows(bundle.plan.id, sprint);
  const report = sprintReportOf(bundle, sprint, rows.planTasks, rows.history, today);
  const words = exportWords(ctx.lang);
  const file = reportFileName(report, 'md', words);
  downloadBlob(
    new Blob([reportToMarkdown(report, words)], { type: 'text/markdown;charset=utf-8' }),
    file,
  );
  ctx.tell(ctx.text.exported(file));
}
