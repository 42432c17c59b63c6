// Dutch (nl-BE) is the source language: every key exists here first.
export const nl = {
  app: {
    title: 'Sprintbord',
    tagline: 'Sprint- en roadmapbord van het AI-kernteam',
    loading: 'Jaarplan laden…',
    noPlan: 'Er is nog geen jaarplan.',
    language: 'Taal',
    mainNav: 'Hoofdnavigatie',
  },
  plan: {
    label: 'Jaarplan',
    switch: 'Jaarplan kiezen',
    sprints: 'Sprints',
    newEmpty: 'Leeg jaarplan starten',
    resetDemo: 'Demo-jaarplan herstellen',
    emptyName: 'Nieuw jaarplan {{year}}',
  },
  sprint: {
    name: 'Sprint {{number}}',
    option: 'Sprint {{number}} · {{range}}',
    current: 'huidige sprint',
    backlog: 'Backlog',
    week: 'week {{week}}',
  },
  status: {
    backlog: 'Backlog',
    gepland: 'Gepland',
    'in-uitvoering': 'In uitvoering',
    geblokkeerd: 'Geblokkeerd',
    afgerond: 'Afgerond',
  },
  priority: {
    urgent: 'Urgent',
    belangrijk: 'Belangrijk',
    normaal: 'Normaal',
    laag: 'Laag',
  },
  board: {
    tasksCount_one: '{{count}} taak',
    tasksCount_other: '{{count}} taken',
    columnLabel_one: '{{name}}, {{count}} taak',
    columnLabel_other: '{{name}}, {{count}} taken',
    empty: 'Geen taken',
    due: 'Vervaldatum {{date}}',
  },
  errors: {
    'title-empty': 'Geef een titel op.',
    'title-too-long': 'De titel is te lang (maximaal 500 tekens).',
    'date-invalid': 'Die datum bestaat niet.',
    'due-before-start': 'De vervaldatum ligt vóór de begindatum.',
    'sprint-length': 'Een sprint duurt minstens 1 en hoogstens 26 weken.',
    'year-invalid': 'Geef een geldig jaar op.',
    'not-found': 'Dit item bestaat niet meer.',
    'theme-has-tasks': 'Dit label heeft nog taken: kies eerst naar welk label ze gaan.',
    'note-empty': 'Een notitie mag niet leeg zijn.',
    quota:
      'De opslag van deze browser is vol: je wijziging is niet bewaard. Maak een back-up en ruim oude jaarplannen op.',
    'write-failed': 'Je wijziging kon niet bewaard worden. Probeer opnieuw of maak een back-up.',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof nl>;
