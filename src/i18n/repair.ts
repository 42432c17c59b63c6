import type { TFunction } from 'i18next';
import type { Repair, RepairNames } from '../domain/repair';
import { defineMessages } from './messages';

// Sentences for the repairs of src/domain/repair.ts, one per kind, with the params it gives.
export const repairMessages = defineMessages({
  nl: {
    names: {
      unlabeledTheme: 'Zonder label',
      untitled: 'Zonder titel',
      missingReason: 'Reden ontbrak (aangevuld bij het herstellen van de gegevens)',
    },
    kind: {
      'row-unreadable': 'Een onleesbare regel bij {{table}} is weggelaten.',
      'row-plan-missing':
        '“{{what}}” hoorde bij een jaarplan dat niet bestaat ({{id}}) en staat nu in het eerste jaarplan.',
      'row-field':
        '{{table}} “{{name}}”: {{field}} had een ongeldige waarde ({{value}}) en is hersteld.',
      'plan-settings':
        'Jaarplan “{{plan}}”: de sprintinstellingen waren ongeldig en zijn hersteld.',
      'theme-created':
        'Label “{{theme}}” aangemaakt voor taken en acties waarvan het label ontbrak.',
      'theme-color': 'Label “{{theme}}”: de kleur “{{value}}” was ongeldig en is nu {{color}}.',
      'person-color': 'Persoon “{{person}}”: de kleur “{{value}}” was ongeldig en is vervangen.',
      'person-initials': 'Persoon “{{person}}” had geen initialen en kreeg {{initials}}.',
      'sprint-dates':
        'Sprint {{sprint}} had ongeldige data of eindigde voor ze begon; ze loopt nu van {{start}} tot {{end}}.',
      'sprint-number':
        'Sprint {{from}} heeft nu nummer {{to}}, zodat de sprints zonder gaten of dubbels genummerd zijn.',
      'action-theme-missing':
        'Actie “{{action}}”: het label ontbrak ({{id}}); de actie staat nu onder “{{theme}}”.',
      'action-owner-missing':
        'Actie “{{action}}”: de eigenaar bestond niet ({{id}}) en is weggehaald.',
      'action-sprint-missing':
        'Actie “{{action}}”: de doelsprint bestond niet ({{id}}) en is weggehaald.',
      'task-theme-missing':
        'Taak “{{task}}”: het label ontbrak ({{id}}); de taak staat nu onder “{{theme}}”.',
      'task-sprint-missing':
        'Taak “{{task}}”: de sprint bestond niet ({{id}}); de taak staat nu in de backlog.',
      'task-action-missing': 'Taak “{{task}}”: de actie bestond niet ({{id}}) en is weggehaald.',
      'task-action-other-theme':
        'Taak “{{task}}”: de actie “{{action}}” hoort bij een ander label en is weggehaald.',
      'task-assignee-missing':
        'Taak “{{task}}”: een toegewezen persoon bestond niet ({{id}}) en is weggehaald.',
      'task-blocker-missing':
        'Taak “{{task}}”: de blokkerende taak bestond niet ({{id}}) en is weggehaald.',
      'task-status': 'Taak “{{task}}”: de status “{{value}}” bestaat niet en is vervangen.',
      'task-dates-swapped':
        'Taak “{{task}}”: de vervaldatum lag voor de startdatum; de twee zijn omgewisseld.',
      'task-blocked-reason':
        'Taak “{{task}}” was geblokkeerd zonder reden; de reden zegt nu dat ze ontbrak.',
      'task-completed': 'Taak “{{task}}” was afgerond zonder datum van afronding en kreeg er een.',
      'task-field':
        'Taak “{{task}}”: {{field}} had een ongeldige waarde ({{value}}) en is hersteld.',
      'history-dropped_one':
        '{{count}} geschiedenisregel van een taak die niet bestaat ({{id}}) is weggelaten.',
      'history-dropped_other':
        '{{count}} geschiedenisregels van een taak die niet bestaat ({{id}}) zijn weggelaten.',
    },
    field: {
      title: 'de titel',
      name: 'de naam',
      label: 'het label',
      description: 'de beschrijving',
      actionId: 'de actie',
      sprintId: 'de sprint',
      assigneeIds: 'toegewezen aan',
      blockedBy: 'geblokkeerd door',
      dueDate: 'de vervaldatum',
      startDate: 'de startdatum',
      priority: 'de prioriteit',
      checklist: 'de checklist',
      notes: 'de notities',
      blockedReason: 'de reden van blokkering',
      blockedSince: 'geblokkeerd sinds',
      rank: 'de volgorde',
      order: 'de volgorde',
      carryOverCount: 'het aantal keer doorgeschoven',
      phase: 'de fase',
      plannerId: 'het Planner-ID',
      createdAt: 'het moment van aanmaken',
      updatedAt: 'het moment van de laatste wijziging',
      completedAt: 'het moment van afronding',
      role: 'de rol',
      goal: 'het sprintdoel',
      lengthWeeks: 'de lengte in weken',
      closedAt: 'het moment van afsluiten',
      snapshot: 'de momentopname bij het afsluiten',
      number: 'het nummer',
      year: 'het jaar',
      ownerId: 'de eigenaar',
      targetSprintId: 'de doelsprint',
    },
    table: {
      plans: 'Jaarplan',
      themes: 'Label',
      actions: 'Actie',
      tasks: 'Taak',
      sprints: 'Sprint',
      people: 'Persoon',
      history: 'Geschiedenis',
    },
    notice: {
      heading: 'Gegevens hersteld',
      text: 'Sommige gegevens waren onvolledig of beschadigd. Ze zijn hersteld, zodat niets onzichtbaar blijft:',
      more_one: 'en nog {{count}} andere herstelling',
      more_other: 'en nog {{count}} andere herstellingen',
      backup: 'Back-up maken',
      close: 'Sluiten',
    },
    history: '{{when}} · Hersteld: {{what}}',
  },
  en: {
    names: {
      unlabeledTheme: 'No label',
      untitled: 'Untitled',
      missingReason: 'Reason was missing (added when the data was repaired)',
    },
    kind: {
      'row-unreadable': 'An unreadable row in {{table}} was left out.',
      'row-plan-missing':
        '“{{what}}” belonged to a year plan that does not exist ({{id}}) and is now in the first year plan.',
      'row-field':
        '{{table}} “{{name}}”: {{field}} had an invalid value ({{value}}) and was repaired.',
      'plan-settings': 'Year plan “{{plan}}”: the sprint settings were invalid and were repaired.',
      'theme-created': 'Label “{{theme}}” created for tasks and actions whose label was missing.',
      'theme-color': 'Label “{{theme}}”: the colour “{{value}}” was invalid and is now {{color}}.',
      'person-color': 'Person “{{person}}”: the colour “{{value}}” was invalid and was replaced.',
      'person-initials': 'Person “{{person}}” had no initials and got {{initials}}.',
      'sprint-dates':
        'Sprint {{sprint}} had invalid dates or ended before it started; it now runs from {{start}} to {{end}}.',
      'sprint-number':
        'Sprint {{from}} is now number {{to}}, so that sprints are numbered without gaps or doubles.',
      'action-theme-missing':
        'Action “{{action}}”: its label was missing ({{id}}); the action is now under “{{theme}}”.',
      'action-owner-missing':
        'Action “{{action}}”: its owner did not exist ({{id}}) and was removed.',
      'action-sprint-missing':
        'Action “{{action}}”: its target sprint did not exist ({{id}}) and was removed.',
      'task-theme-missing':
        'Task “{{task}}”: its label was missing ({{id}}); the task is now under “{{theme}}”.',
      'task-sprint-missing':
        'Task “{{task}}”: its sprint did not exist ({{id}}); the task is now in the backlog.',
      'task-action-missing': 'Task “{{task}}”: its action did not exist ({{id}}) and was removed.',
      'task-action-other-theme':
        'Task “{{task}}”: the action “{{action}}” belongs to another label and was removed.',
      'task-assignee-missing':
        'Task “{{task}}”: an assigned person did not exist ({{id}}) and was removed.',
      'task-blocker-missing':
        'Task “{{task}}”: the blocking task did not exist ({{id}}) and was removed.',
      'task-status': 'Task “{{task}}”: the status “{{value}}” does not exist and was replaced.',
      'task-dates-swapped':
        'Task “{{task}}”: the due date was before the start date; the two were swapped.',
      'task-blocked-reason':
        'Task “{{task}}” was blocked without a reason; the reason now says it was missing.',
      'task-completed': 'Task “{{task}}” was done without a completion date and got one.',
      'task-field': 'Task “{{task}}”: {{field}} had an invalid value ({{value}}) and was repaired.',
      'history-dropped_one':
        '{{count}} history line of a task that does not exist ({{id}}) was left out.',
      'history-dropped_other':
        '{{count}} history lines of a task that does not exist ({{id}}) were left out.',
    },
    field: {
      title: 'the title',
      name: 'the name',
      label: 'the label',
      description: 'the description',
      actionId: 'the action',
      sprintId: 'the sprint',
      assigneeIds: 'assigned to',
      blockedBy: 'blocked by',
      dueDate: 'the due date',
      startDate: 'the start date',
      priority: 'the priority',
      checklist: 'the checklist',
      notes: 'the notes',
      blockedReason: 'the blocking reason',
      blockedSince: 'blocked since',
      rank: 'the order',
      order: 'the order',
      carryOverCount: 'the times carried over',
      phase: 'the phase',
      plannerId: 'the Planner ID',
      createdAt: 'the creation moment',
      updatedAt: 'the moment of the last change',
      completedAt: 'the completion moment',
      role: 'the role',
      goal: 'the sprint goal',
      lengthWeeks: 'the length in weeks',
      closedAt: 'the closing moment',
      snapshot: 'the snapshot taken at the close',
      number: 'the number',
      year: 'the year',
      ownerId: 'the owner',
      targetSprintId: 'the target sprint',
    },
    table: {
      plans: 'Year plan',
      themes: 'Label',
      actions: 'Action',
      tasks: 'Task',
      sprints: 'Sprint',
      people: 'Person',
      history: 'History',
    },
    notice: {
      heading: 'Data repaired',
      text: 'Some data was incomplete or damaged. It was repaired, so that nothing stays invisible:',
      more_one: 'and {{count}} more repair',
      more_other: 'and {{count}} more repairs',
      backup: 'Make a backup',
      close: 'Close',
    },
    history: '{{when}} · Repaired: {{what}}',
  },
});

// Kinds, tables and fields arrive as data, so their keys are built at run time; a test checks
// that every kind of the domain has its sentence in both languages.
type LooseT = (key: string, options?: Record<string, unknown>) => string;

/** A repair in the user's words; table and field names are translated, the rest shown as found. */
export function repairSentence(
  t: TFunction<'repair'>,
  repair: Pick<Repair, 'kind' | 'params'>,
): string {
  const tt = t as unknown as LooseT;
  const params: Record<string, string | number> = { ...repair.params };
  if (typeof params.table === 'string')
    params.table = tt(`table.${params.table}`, { defaultValue: params.table });
  if (typeof params.field === 'string')
    params.field = tt(`field.${params.field}`, { defaultValue: params.field });
  return tt(`kind.${repair.kind}`, params);
}

/** The words a repair writes into the data, in the language on screen. */
export function repairNames(t: TFunction<'repair'>): RepairNames {
  return {
    unlabeledTheme: t('names.unlabeledTheme'),
    untitled: t('names.untitled'),
    missingReason: t('names.missingReason'),
  };
}
