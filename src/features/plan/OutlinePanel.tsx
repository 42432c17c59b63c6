import type { Language } from '../../i18n/i18n';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutlineNode } from '../../domain/outline';
import type { Action, Person, Sprint, Task, Theme } from '../../domain/types';
import { updateAction, updateTheme } from '../../db/commands/catalogue';
import { runWrite } from '../../app/writes';
import {
  ActionForm,
  AddForm,
  TaskForm,
  ThemeForm,
  type ActionPatch,
  type TaskFormResult,
} from './OutlineForms';

interface OutlinePanelProps {
  /** The item's edit form, or the add form under its children. */
  part: 'edit' | 'add';
  node: OutlineNode;
  /** The item being edited, if any. */
  editing: string | null;
  /** The item whose add form is open, if any. */
  adding: string | null;
  themeById: ReadonlyMap<string, Theme>;
  actionById: ReadonlyMap<string, Action>;
  taskById: ReadonlyMap<string, Task>;
  themes: readonly Theme[];
  actions: readonly Action[];
  people: readonly Person[];
  sprints: readonly Sprint[];
  lang: Language;
  /** Themes whose actions and tasks walk the use-case pipeline. */
  pipeline: ReadonlySet<string>;
  canReorder: (node: OutlineNode, direction: -1 | 1) => boolean;
  reorder: (node: OutlineNode, direction: -1 | 1) => Promise<void>;
  askDelete: (node: OutlineNode) => void;
  addAction: (theme: Theme) => (title: string) => Promise<string | null>;
  addTask: (action: Action) => (title: string) => Promise<string | null>;
  saveTask: (task: Task, nodeId: string) => (result: TaskFormResult) => Promise<void>;
  startAdding: (id: string) => void;
  closePanel: (id: string) => void;
  closeAdd: (id: string) => void;
}

/** What opens inside a tree item: its edit form, and the form to add an action or a task under it. */
export function OutlinePanel(props: OutlinePanelProps) {
  const { t } = useTranslation('plan');
  const {
    part,
    node,
    editing,
    adding,
    themeById,
    actionById,
    taskById,
    themes,
    actions,
    people,
    sprints,
    lang,
    pipeline,
    canReorder,
    reorder,
    askDelete,
    addAction,
    addTask,
    saveTask,
    startAdding,
    closePanel,
    closeAdd,
  } = props;

  const reorderTools = (node: OutlineNode, title: string) => (
    <>
      <button
        type="button"
        disabled={!canReorder(node, -1)}
        aria-label={t('moveUpLabel', { title })}
        onClick={() => void reorder(node, -1)}
      >
        ↑ {t('moveUp')}
      </button>
      <button
        type="button"
        disabled={!canReorder(node, 1)}
        aria-label={t('moveDownLabel', { title })}
        onClick={() => void reorder(node, 1)}
      >
        ↓ {t('moveDown')}
      </button>
    </>
  );

  const renderPanel = (node: OutlineNode): ReactNode => {
    if (editing !== node.id || node.kind === 'more') return null;
    const cancel = () => closePanel(node.id);
    if (node.kind === 'theme') {
      const theme = themeById.get(node.entityId);
      if (!theme) return null;
      return (
        <ThemeForm
          theme={theme}
          onCancel={cancel}
          onSave={async (name) => {
            if (name.trim() !== theme.name) await runWrite(() => updateTheme(theme.id, { name }));
            cancel();
          }}
          tools={
            <button type="button" onClick={() => startAdding(node.id)}>
              + {t('addAction')}
            </button>
          }
        />
      );
    }
    if (node.kind === 'action') {
      const action = actionById.get(node.entityId);
      if (!action) return null;
      return (
        <ActionForm
          action={action}
          people={people}
          sprints={sprints}
          lang={lang}
          pipeline={pipeline.has(action.themeId)}
          onCancel={cancel}
          onSave={async (patch: ActionPatch) => {
            const saved = await runWrite(() => updateAction(action.id, patch));
            if (saved.ok) cancel();
          }}
          tools={
            <>
              {reorderTools(node, action.title)}
              <button type="button" onClick={() => startAdding(node.id)}>
                + {t('addTask')}
              </button>
              <button type="button" className="danger" onClick={() => askDelete(node)}>
                {t('deleteAction')}
              </button>
            </>
          }
        />
      );
    }
    const task = taskById.get(node.entityId);
    if (!task) return null;
    return (
      <TaskForm
        task={task}
        themes={themes}
        actions={actions}
        pipeline={pipeline.has(task.themeId)}
        onCancel={cancel}
        onSave={saveTask(task, node.id)}
        tools={
          <>
            {reorderTools(node, task.title)}
            <button type="button" className="danger" onClick={() => askDelete(node)}>
              {t('deleteTask')}
            </button>
          </>
        }
      />
    );
  };

  const renderAdd = (node: OutlineNode): ReactNode => {
    if (adding !== node.id || node.kind === 'more' || node.kind === 'task') return null;
    const close = () => closeAdd(node.id);
    if (node.kind === 'theme') {
      const theme = themeById.get(node.entityId);
      return theme ? (
        <AddForm label={t('newActionTitle')} onAdd={addAction(theme)} onClose={close} />
      ) : null;
    }
    const action = actionById.get(node.entityId);
    return action ? (
      <AddForm label={t('newTaskTitle')} onAdd={addTask(action)} onClose={close} />
    ) : null;
  };

  return <>{part === 'edit' ? renderPanel(node) : renderAdd(node)}</>;
}
