import type { Status, Priority, Phase } from '../domain/types';

export { DEMO_STORY_DAY } from './demoDay';

/**
 * The demo year plan of the AI core team (AI kernteam) of District09: "Jaarplan AI 2025".
 * Pure data, turned into rows by `seed.ts`. Themes, actions and tasks follow the seed documents;
 * the eleven tasks of sprint 4 are the team's Planner board as shown in the screenshot.
 */

export interface SeedAction {
  title: string;
  description: string;
  /** Role of the owning person, or null. */
  owner: string | null;
  phase?: Phase;
}

export interface SeedTheme {
  label: string;
  name: string;
  color: string;
  actions: SeedAction[];
}

export interface SeedPerson {
  name: string;
  initials: string;
  role: string;
  color: string;
}

export interface SeedTask {
  /** Theme label, e.g. 'betrouwbare AI'. */
  theme: string;
  /** Index into that theme's actions. */
  action: number | null;
  title: string;
  description?: string;
  status: Status;
  /** Sprint number 1..9, null = backlog. */
  sprint: number | null;
  /** yyyy-MM-dd, inside or at the end of that sprint. */
  due?: string;
  /** Roles of SeedPerson. */
  assignees: string[];
  priority?: Priority;
  /** Required when status is 'geblokkeerd'. */
  blockedReason?: string;
  /** yyyy-MM-dd, required when status is 'geblokkeerd'. */
  blockedSince?: string;
  /** Titles of other tasks in this file. */
  blockedBy?: string[];
  /** Times carried over to a later sprint. */
  carryOver?: number;
  checklist?: Array<[string, boolean]>;
  /** [yyyy-MM-dd, text], newest first. */
  notes?: Array<[string, string]>;
  /** Only for the 'use cases' theme. */
  phase?: Phase;
}

export const demoPlan: {
  name: string;
  year: number;
  firstStart: string;
  lengthWeeks: number;
  sprintLengths: Record<number, number>;
  goals: Record<number, string>;
  themes: SeedTheme[];
  people: SeedPerson[];
  tasks: SeedTask[];
} = {
  name: 'Jaarplan AI 2025',
  year: 2025,
  firstStart: '2025-01-06',
  lengthWeeks: 6,
  // Sprint 1 is shortened to four weeks, the summer sprint 6 stretched to eight.
  sprintLengths: { 1: 4, 6: 8 },
  goals: {
    1: 'Jaarplan AI 2025 opzetten en het kernteam op gang brengen',
    2: 'Kaders leggen: richtlijnen, EU AI Act en opleidingsaanbod',
    3: 'Experimenten selecteren en het Copilot-testtraject afronden',
    4: 'DPIA Copilot, rol CAICO en opleidingen prompting',
    5: 'Reglement AI-fonds en eerste experimenten in uitvoering',
    6: 'Zomersprint: experimenten laten lopen en AI-platform verkennen',
    7: 'Beleidskader naar standaarden en najaarsopleidingen',
    8: 'Eerste investeringsdossiers en AI-werf in het MJP',
    9: 'Jaarevaluatie 2025 en jaarplan AI 2026 klaarzetten',
  },
  themes: [
    {
      label: 'strategie',
      name: 'Strategie en doelstellingen',
      color: '#1f5fa8',
      actions: [
        {
          title: 'AI-fonds uitwerken',
          description:
            'Voorstel voor een fonds dat veelbelovende AI- en automatisatie-ideeën met hoge efficiëntiewinst helpt realiseren: criteria, budget en reglement.',
          owner: 'Programmamanager',
        },
        {
          title: 'AI verankeren in het meerjarenplan',
          description:
            'AI als digitale transversale werf opnemen in het MJP 2026–2031, in lijn met het bestuursakkoord 2025–2030.',
          owner: 'Programmamanager',
        },
        {
          title: 'AI-maturiteit meten en opvolgen',
          description:
            'Nulmeting en opvolging van de AI-maturiteit van Groep Gent (level 1–5), met level 3 "Operational" als doel.',
          owner: 'Innovatiestrateeg',
        },
      ],
    },
    {
      label: 'rollen',
      name: 'AI-rollen, processen en verantwoordelijkheden',
      color: '#7a3e9d',
      actions: [
        {
          title: 'Werking en samenstelling AI-kernteam',
          description:
            'Wie zit in het kernteam, welke rol neemt ieder op en hoe werken we samen (sprints, tools, overleg).',
          owner: 'Programmamanager',
        },
        {
          title: 'Processen voor AI-tools en -projecten',
          description:
            'Heldere stappen voor de aanvraag, toetsing (DPIA) en goedkeuring van AI-tools en -projecten.',
          owner: 'Business-analist',
        },
        {
          title: 'Werkgroep AI activeren',
          description:
            'Een brede werkgroep met stadsdiensten en District09 die de kaders mee uitdiept en uitdraagt.',
          owner: 'Communitymanager',
        },
      ],
    },
    {
      label: 'verandermanagement',
      name: 'Verandermanagement',
      color: '#b0451a',
      actions: [
        {
          title: 'AI-geletterdheid: opleidingsaanbod',
          description:
            'Brede bewustmaking en vorming voor alle medewerkers en specifieke competentieopbouw per discipline (digitaal, data, juridisch, ethisch).',
          owner: 'HR',
        },
        {
          title: 'Lerend netwerk AI en kennisdeling',
          description:
            'De community "Lerend netwerk AI" levendig houden met showcases, AI-cafés en vragenrondes.',
          owner: 'Communitymanager',
        },
        {
          title: 'Communicatie en richtlijnen',
          description:
            'Medewerkers duidelijk informeren over wat wel en niet mag met AI en over het aanbod van het kernteam.',
          owner: 'Communicatie',
        },
      ],
    },
    {
      label: 'betrouwbare AI',
      name: 'Betrouwbare AI',
      color: '#1d7a4f',
      actions: [
        {
          title: 'Voldoen aan de EU AI Act',
          description:
            'Opvolgen welke artikels van de EU AI Act wanneer van toepassing worden en wat dat betekent voor Groep Gent.',
          owner: 'Data & Informatie',
        },
        {
          title: 'AI-compliance en ethiek (rol CAICO)',
          description:
            'Nagaan of we een AI Compliance Officer nodig hebben en hoe we met ethische risico’s omgaan.',
          owner: 'Programmamanager',
        },
        {
          title: 'Beleidskader omzetten naar standaarden',
          description:
            'Het AI-beleidskader vertalen naar concrete standaarden voor aankoop, ontwikkeling en gebruik.',
          owner: 'Data & Informatie',
        },
      ],
    },
    {
      label: 'use cases',
      name: 'AI-use-cases identificeren en ontwikkelen',
      color: '#9c2f5e',
      actions: [
        {
          title: 'Use cases identificeren met de diensten',
          description:
            'Diensten ondersteunen bij het vinden van potentiële AI- en automatisatie-use-cases (AI-radar, workshops).',
          owner: 'Innovatiestrateeg',
          phase: 'inspireren',
        },
        {
          title: 'Drie experimenten maken doorstart',
          description:
            'Drie geselecteerde use cases uitwerken tot experiment en beslissen over een doorstart.',
          owner: 'Business-analist',
          phase: 'experimenteren',
        },
        {
          title: 'Eerste investeringsdossier(s) aangemeld',
          description:
            'Voor veelbelovende experimenten een implementatiedossier voorbereiden en aanmelden bij het AI-fonds.',
          owner: 'Programmamanager',
          phase: 'investeren',
        },
      ],
    },
    {
      label: 'productiviteit',
      name: 'Persoonlijke productiviteit',
      color: '#4b5a1e',
      actions: [
        {
          title: 'M365 Copilot-adoptietraject',
          description:
            'Het testtraject met M365 Copilot evalueren en de adoptie van Copilot bij medewerkers begeleiden.',
          owner: 'Business-analist',
        },
        {
          title: 'AI-platform',
          description:
            'Een veilig AI-platform voor medewerkers verkennen, met voorkeur voor open source en open standaarden.',
          owner: 'Data & Informatie',
        },
        {
          title: 'Zelfredzaamheid van teams (low-code)',
          description:
            'Teams en diensten laten zelf eenvoudige agents bouwen met Copilot Studio, binnen duidelijke kaders.',
          owner: 'Business-analist',
        },
      ],
    },
  ],
  people: [
    { name: 'Programmamanager', initials: 'PM', role: 'Programmamanager', color: '#1a4d8f' },
    { name: 'Innovatiestrateeg', initials: 'IS', role: 'Innovatiestrateeg', color: '#6b2d8c' },
    { name: 'Communitymanager', initials: 'CM', role: 'Communitymanager', color: '#a3361b' },
    { name: 'Business-analist', initials: 'BA', role: 'Business-analist', color: '#17694a' },
    { name: 'HR', initials: 'HR', role: 'HR', color: '#8a2450' },
    { name: 'Publiekszaken', initials: 'PZ', role: 'Publiekszaken', color: '#3f4d17' },
    { name: 'Data & Informatie', initials: 'DI', role: 'Data & Informatie', color: '#0f5e6e' },
    { name: 'Communicatie', initials: 'CO', role: 'Communicatie', color: '#5c4033' },
  ],
  tasks: [
    // ── Sprint 1 (2025-01-06 – 2025-02-02) ─────────────────────────────────────────────
    {
      theme: 'strategie',
      action: 1,
      title: 'Jaarplan AI 2025 opstellen en afstemmen met directie',
      description:
        'Per thema de acties van 2025 vastleggen en laten bekrachtigen door de directie.',
      status: 'afgerond',
      sprint: 1,
      due: '2025-01-24',
      assignees: ['Programmamanager'],
      priority: 'urgent',
      checklist: [
        ['Zes thema’s en acties bepalen', true],
        ['Afstemming met directie District09', true],
        ['Jaarplan delen in Lerend netwerk AI', true],
      ],
    },
    {
      theme: 'rollen',
      action: 0,
      title: 'Kick-off AI-kernteam 2025 organiseren',
      status: 'afgerond',
      sprint: 1,
      due: '2025-01-10',
      assignees: ['Programmamanager', 'Communitymanager'],
      priority: 'belangrijk',
    },
    {
      theme: 'rollen',
      action: 0,
      title: 'Sprintritme van zes weken afspreken met kernteam',
      status: 'afgerond',
      sprint: 1,
      due: '2025-01-17',
      assignees: ['Programmamanager'],
      priority: 'laag',
    },
    {
      theme: 'verandermanagement',
      action: 1,
      title: 'Terugblik AI 2024 posten in Lerend netwerk AI',
      status: 'afgerond',
      sprint: 1,
      due: '2025-01-31',
      assignees: ['Communitymanager'],
    },
    {
      theme: 'betrouwbare AI',
      action: 0,
      title: 'EU AI Act: verboden praktijken (art. 5) toetsen vóór 2 februari',
      description:
        'Nagaan of er binnen Groep Gent AI-toepassingen zijn die onder de verboden praktijken vallen.',
      status: 'afgerond',
      sprint: 1,
      due: '2025-01-31',
      assignees: ['Data & Informatie'],
      priority: 'urgent',
      checklist: [
        ['Lijst verboden praktijken doornemen met juridische dienst', true],
        ['Bevraging bij diensten met gekende AI-toepassingen', true],
        ['Conclusie rapporteren aan kernteam', true],
      ],
    },
    {
      theme: 'use cases',
      action: 0,
      title: 'Resultaten design sprints 2024 documenteren',
      status: 'afgerond',
      sprint: 1,
      due: '2025-01-31',
      assignees: ['Innovatiestrateeg'],
      phase: 'verkennen',
    },
    {
      theme: 'use cases',
      action: 1,
      title: 'Proefproject slim wegenonderhoud met Growing pAI opstarten',
      description:
        'Met modellen op basis van stadsdata voorspellen welke wegen een nieuwe asfaltlaag nodig hebben.',
      status: 'afgerond',
      sprint: 1,
      due: '2025-01-22',
      assignees: ['Business-analist', 'Innovatiestrateeg'],
      priority: 'belangrijk',
      phase: 'experimenteren',
    },
    {
      theme: 'productiviteit',
      action: 0,
      title: 'Evaluatie M365 Copilot-testtraject: bevraging uitsturen',
      status: 'afgerond',
      sprint: 1,
      due: '2025-01-27',
      assignees: ['Business-analist'],
    },

    // ── Sprint 2 (2025-02-03 – 2025-03-16) ─────────────────────────────────────────────
    {
      theme: 'verandermanagement',
      action: 0,
      title: 'AI-geletterdheid: plan van aanpak (AI Act art. 4)',
      description:
        'Sinds 2 februari 2025 moeten organisaties zorgen voor voldoende AI-geletterdheid van hun medewerkers.',
      status: 'afgerond',
      sprint: 2,
      due: '2025-02-28',
      assignees: ['HR', 'Programmamanager'],
      priority: 'belangrijk',
      checklist: [
        ['Doelgroepen bepalen', true],
        ['Bestaand opleidingsaanbod in kaart brengen', true],
        ['Plan voorleggen aan HR-managementteam', true],
      ],
    },
    {
      theme: 'verandermanagement',
      action: 2,
      title: 'Communicatierichtlijnen AI actualiseren op intranet',
      status: 'afgerond',
      sprint: 2,
      due: '2025-03-07',
      assignees: ['Communicatie'],
    },
    {
      theme: 'betrouwbare AI',
      action: 2,
      title: 'Richtlijnen veilig gebruik generatieve AI herzien',
      description:
        'Geen persoonsgegevens of vertrouwelijke info delen, altijd nakijken, transparant zijn.',
      status: 'afgerond',
      sprint: 2,
      due: '2025-03-14',
      assignees: ['Data & Informatie', 'Communicatie'],
      priority: 'belangrijk',
    },
    {
      theme: 'strategie',
      action: 2,
      title: 'Nulmeting AI-maturiteit (level 1–5) uitvoeren',
      status: 'afgerond',
      sprint: 2,
      due: '2025-03-14',
      assignees: ['Innovatiestrateeg'],
      checklist: [
        ['Meetkader kiezen', true],
        ['Interviews met vijf diensten', true],
        ['Resultaat toelichten in kernteam', true],
      ],
    },
    {
      theme: 'productiviteit',
      action: 0,
      title: 'Resultaten Copilot-bevraging analyseren en rapporteren',
      status: 'afgerond',
      sprint: 2,
      due: '2025-02-21',
      assignees: ['Business-analist'],
      notes: [
        [
          '2025-02-19',
          'Rapport klaar: meerderheid wil Copilot blijven gebruiken, een deel verkiest ChatGPT.',
        ],
        ['2025-02-10', 'Bevraging afgesloten, 212 antwoorden.'],
      ],
    },
    {
      theme: 'use cases',
      action: 0,
      title: 'Use-case-templates herwerken voor intake nieuwe ideeën',
      status: 'afgerond',
      sprint: 2,
      due: '2025-03-07',
      assignees: ['Innovatiestrateeg'],
      priority: 'laag',
      phase: 'inspireren',
    },
    {
      theme: 'rollen',
      action: 1,
      title: 'Procesflow aanvraag nieuwe AI-tool uittekenen',
      status: 'afgerond',
      sprint: 2,
      due: '2025-03-14',
      assignees: ['Business-analist'],
    },
    {
      theme: 'verandermanagement',
      action: 1,
      title: 'AI-café februari: tips & tricks voor Copilot',
      status: 'afgerond',
      sprint: 2,
      due: '2025-02-20',
      assignees: ['Communitymanager'],
      priority: 'laag',
    },
    {
      theme: 'productiviteit',
      action: 2,
      title: 'Copilot Gentinfo: eerste prototype in Copilot Studio',
      description:
        'Agent die medewerkers van Gentinfo helpt antwoorden te vinden in de stadswebsite.',
      status: 'afgerond',
      sprint: 2,
      due: '2025-03-14',
      assignees: ['Publiekszaken', 'Business-analist'],
    },

    // ── Sprint 3 (2025-03-17 – 2025-04-27) ─────────────────────────────────────────────
    {
      theme: 'use cases',
      action: 0,
      title: 'Workshop AI-radar met Publiekszaken',
      status: 'afgerond',
      sprint: 3,
      due: '2025-04-04',
      assignees: ['Innovatiestrateeg', 'Publiekszaken'],
      phase: 'inspireren',
    },
    {
      theme: 'use cases',
      action: 1,
      title: 'Selectie van drie experimenten voor 2025',
      status: 'afgerond',
      sprint: 3,
      due: '2025-04-25',
      assignees: ['Programmamanager'],
      priority: 'urgent',
      phase: 'verkennen',
      checklist: [
        ['Lichtgewicht business cases vergelijken', true],
        ['Prioritering met managementteam', true],
        ['Trekkers per experiment aanduiden', true],
      ],
    },
    {
      theme: 'strategie',
      action: 0,
      title: 'Eerste schets AI-fonds: criteria en budgetenvelop',
      status: 'afgerond',
      sprint: 3,
      due: '2025-04-18',
      assignees: ['Programmamanager'],
      priority: 'belangrijk',
    },
    {
      theme: 'verandermanagement',
      action: 0,
      title: 'E-learning AI-basiskennis selecteren',
      status: 'afgerond',
      sprint: 3,
      due: '2025-04-11',
      assignees: ['HR'],
    },
    {
      theme: 'betrouwbare AI',
      action: 2,
      title: 'Vragenlijst ethische risico’s bij AI-projecten',
      status: 'afgerond',
      sprint: 3,
      due: '2025-04-25',
      assignees: ['Data & Informatie'],
    },
    {
      theme: 'rollen',
      action: 0,
      title: 'Rolomschrijvingen kernteamleden actualiseren',
      status: 'afgerond',
      sprint: 3,
      due: '2025-04-04',
      assignees: ['Programmamanager'],
      priority: 'laag',
    },
    {
      theme: 'productiviteit',
      action: 0,
      title: 'Beslissing vervolg M365 Copilot-licenties voorbereiden',
      status: 'afgerond',
      sprint: 3,
      due: '2025-04-25',
      assignees: ['Business-analist', 'Programmamanager'],
      priority: 'belangrijk',
    },
    {
      theme: 'verandermanagement',
      action: 2,
      title: 'Nieuwsbriefartikel: AI binnen Stad Gent',
      status: 'afgerond',
      sprint: 3,
      due: '2025-03-28',
      assignees: ['Communicatie'],
      priority: 'laag',
    },

    // ── Sprint 4 (2025-04-28 – 2025-06-08): the Planner board ─────────────────────────
    {
      theme: 'strategie',
      action: 0,
      title: "Afstemming voorstel AI-fonds met SBP's",
      description: 'Het voorstel voor het AI-fonds aftoetsen bij de strategische businesspartners.',
      status: 'backlog',
      sprint: 4,
      assignees: ['Programmamanager'],
    },
    {
      theme: 'strategie',
      action: 2,
      title: 'AI-readiness-enquête invullen',
      status: 'gepland',
      sprint: 4,
      due: '2025-06-08',
      assignees: ['Innovatiestrateeg'],
      checklist: [
        ['Vragen verdelen over kernteamleden', true],
        ['Antwoorden verzamelen', false],
        ['Enquête indienen', false],
      ],
    },
    {
      theme: 'strategie',
      action: 1,
      title: 'Opvolgen (opmaak van) MJP',
      status: 'in-uitvoering',
      sprint: 4,
      due: '2025-06-08',
      assignees: ['Programmamanager'],
      priority: 'belangrijk',
    },
    {
      theme: 'rollen',
      action: 1,
      title: 'Opstellen van een DPIA M365 Copilot',
      description:
        'Gegevensbeschermingseffectbeoordeling voor het bredere gebruik van M365 Copilot.',
      status: 'in-uitvoering',
      sprint: 4,
      due: '2025-06-08',
      assignees: ['Data & Informatie', 'Business-analist'],
      priority: 'urgent',
      carryOver: 1,
      checklist: [
        ['Verwerkingen en datastromen beschrijven', true],
        ['Risico’s inschatten met DPO', true],
        ['Maatregelen vastleggen', false],
        ['Advies DPO opvragen', false],
      ],
      notes: [['2025-05-14', 'Eerste versie risicoanalyse besproken met de DPO.']],
    },
    {
      theme: 'rollen',
      action: 0,
      title: 'Samenstelling en rollen kernteam wijzigen waar nodig',
      status: 'geblokkeerd',
      sprint: 4,
      assignees: ['Programmamanager'],
      priority: 'belangrijk',
      carryOver: 1,
      blockedReason:
        'Wachten op de beslissing over de nieuwe organisatiestructuur (dienst Strategie en Governance) vóór we rollen herverdelen.',
      blockedSince: '2025-05-12',
    },
    {
      theme: 'rollen',
      action: 0,
      title: 'Werking kernteam: gebruik MS Loop i.p.v. OneNote?',
      status: 'in-uitvoering',
      sprint: 4,
      due: '2025-06-08',
      assignees: ['Communitymanager'],
      priority: 'laag',
    },
    {
      theme: 'verandermanagement',
      action: 1,
      title: 'Kennisdeling: AI-projectshowcases',
      status: 'in-uitvoering',
      sprint: 4,
      due: '2025-06-08',
      assignees: ['Communitymanager', 'Innovatiestrateeg'],
    },
    {
      theme: 'verandermanagement',
      action: 0,
      title: 'Online videotraining Schrijven met AI (Scriptorij)',
      status: 'in-uitvoering',
      sprint: 4,
      due: '2025-06-08',
      assignees: ['HR', 'Communicatie'],
    },
    {
      theme: 'verandermanagement',
      action: 0,
      title: 'Opleiding prompting – klassikale sessie',
      status: 'in-uitvoering',
      sprint: 4,
      assignees: ['HR'],
      checklist: [
        ['Lesgever vastleggen', true],
        ['Zaal reserveren', true],
        ['Inschrijvingen openen', false],
      ],
    },
    {
      theme: 'betrouwbare AI',
      action: 0,
      title: 'EU AI Act: welke artikels verder actief in 2025?',
      status: 'gepland',
      sprint: 4,
      due: '2025-06-08',
      assignees: ['Data & Informatie'],
      priority: 'belangrijk',
    },
    {
      theme: 'betrouwbare AI',
      action: 1,
      title: 'Uitwerken rol CAICO',
      description:
        'Rol van een Chief AI Compliance Officer uitwerken: taken, mandaat en afbakening tegenover de DPO en informatieveiligheid.',
      status: 'in-uitvoering',
      sprint: 4,
      due: '2025-06-08',
      assignees: ['Programmamanager'],
      priority: 'belangrijk',
      notes: [
        [
          '2025-05-06',
          'Overleg met de DPO over de afbakening van beide rollen (verslag als bijlage toegevoegd).',
        ],
        [
          '2025-04-28',
          'Antwoord AI-expert met bijkomende informatie. Verwijzing naar voorbeelden bij andere steden.',
        ],
      ],
    },
    // Sprint 4: further work
    {
      theme: 'use cases',
      action: 0,
      title: 'Sociaal tolken en vertalen: verkenning AI-ondersteuning',
      description:
        'Verkennen of AI de dienstverlening van sociaal tolken en vertalen kan ondersteunen.',
      status: 'in-uitvoering',
      sprint: 4,
      due: '2025-06-06',
      assignees: ['Publiekszaken'],
      carryOver: 1,
      phase: 'verkennen',
    },
    {
      theme: 'betrouwbare AI',
      action: 0,
      title: 'AI-register: inventaris AI-toepassingen aanvullen',
      status: 'geblokkeerd',
      sprint: 4,
      due: '2025-06-08',
      assignees: ['Data & Informatie'],
      priority: 'belangrijk',
      carryOver: 2,
      blockedReason:
        'Niet alle diensten hebben hun gebruikte AI-tools doorgegeven; rappel via de directeurs loopt.',
      blockedSince: '2025-05-19',
      notes: [
        ['2025-05-19', 'Nog 14 diensten zonder antwoord, rappel gevraagd aan de directeurs.'],
        ['2025-04-30', 'Tweede oproep verstuurd via het Lerend netwerk AI.'],
      ],
    },
    {
      theme: 'verandermanagement',
      action: 1,
      title: 'Presentatie AI-aanpak Groep Gent (15 mei)',
      status: 'afgerond',
      sprint: 4,
      due: '2025-05-15',
      assignees: ['Innovatiestrateeg'],
    },
    {
      theme: 'strategie',
      action: 1,
      title: 'Stand van zaken AI voor het managementteam',
      status: 'afgerond',
      sprint: 4,
      due: '2025-05-27',
      assignees: ['Programmamanager'],
      priority: 'belangrijk',
    },
    {
      theme: 'use cases',
      action: 1,
      title: 'Experiment slim wegenonderhoud: tussentijdse evaluatie',
      status: 'in-uitvoering',
      sprint: 4,
      due: '2025-06-06',
      assignees: ['Business-analist'],
      phase: 'experimenteren',
      checklist: [
        ['Voorspellingen vergelijken met inspecties', true],
        ['Feedback wegendienst verzamelen', false],
        ['Advies doorstart opmaken', false],
      ],
    },

    // ── Sprint 5 (2025-06-09 – 2025-07-20) ─────────────────────────────────────────────
    {
      theme: 'strategie',
      action: 0,
      title: 'Reglement AI-fonds laten goedkeuren door college',
      status: 'in-uitvoering',
      sprint: 5,
      due: '2025-07-17',
      assignees: ['Programmamanager'],
      priority: 'urgent',
    },
    {
      theme: 'use cases',
      action: 1,
      title: 'Experiment Gentinfo-agent: testen met medewerkers Publiekszaken',
      status: 'in-uitvoering',
      sprint: 5,
      due: '2025-07-18',
      assignees: ['Publiekszaken', 'Business-analist'],
      priority: 'belangrijk',
      phase: 'experimenteren',
      checklist: [
        ['Testgroep van tien medewerkers samenstellen', true],
        ['Testscenario’s opstellen', true],
        ['Antwoordkwaliteit beoordelen', false],
        ['Resultaten bundelen', false],
      ],
      notes: [
        [
          '2025-06-23',
          'Testgroep gestart; eerste feedback positief over snelheid, minder over bronvermelding.',
        ],
      ],
    },
    {
      theme: 'verandermanagement',
      action: 0,
      title: 'Tweede reeks klassikale opleidingen prompting plannen',
      status: 'gepland',
      sprint: 5,
      due: '2025-07-11',
      assignees: ['HR'],
    },
    {
      theme: 'betrouwbare AI',
      action: 0,
      title: 'EU AI Act: verplichtingen AI-modellen voor algemene doeleinden (2 augustus)',
      status: 'in-uitvoering',
      sprint: 5,
      due: '2025-07-18',
      assignees: ['Data & Informatie'],
      priority: 'belangrijk',
    },
    {
      theme: 'rollen',
      action: 1,
      title: 'RACI voor AI-projecten opstellen',
      status: 'gepland',
      sprint: 5,
      due: '2025-07-20',
      assignees: ['Business-analist'],
      carryOver: 1,
    },
    {
      theme: 'productiviteit',
      action: 0,
      title: 'Copilot Chat beschikbaar maken voor alle medewerkers',
      status: 'afgerond',
      sprint: 5,
      due: '2025-06-27',
      assignees: ['Business-analist'],
      priority: 'belangrijk',
    },
    {
      theme: 'verandermanagement',
      action: 1,
      title: 'Kennisdeling: showcase slim wegenonderhoud',
      status: 'afgerond',
      sprint: 5,
      due: '2025-06-26',
      assignees: ['Communitymanager'],
    },
    {
      theme: 'rollen',
      action: 0,
      title: 'Onboardingpakket voor nieuwe kernteamleden',
      status: 'geblokkeerd',
      sprint: 5,
      due: '2025-07-18',
      assignees: ['Programmamanager'],
      priority: 'laag',
      blockedReason: 'Pas zinvol als de nieuwe samenstelling van het kernteam vastligt.',
      blockedSince: '2025-06-16',
      blockedBy: ['Samenstelling en rollen kernteam wijzigen waar nodig'],
    },
    {
      theme: 'strategie',
      action: 2,
      title: 'Resultaten AI-readiness-enquête bespreken in kernteam',
      status: 'gepland',
      sprint: 5,
      due: '2025-07-04',
      assignees: ['Innovatiestrateeg'],
    },

    // ── Sprint 6 (2025-07-21 – 2025-09-14, summer) ─────────────────────────────────────
    {
      theme: 'use cases',
      action: 2,
      title: 'Investeringsdossier slim wegenonderhoud voorbereiden',
      status: 'geblokkeerd',
      sprint: 6,
      due: '2025-09-12',
      assignees: ['Programmamanager', 'Business-analist'],
      priority: 'urgent',
      phase: 'investeren',
      blockedReason:
        'Indienen kan pas zodra het reglement van het AI-fonds goedgekeurd is; de collegebeslissing is verschoven naar na het zomerreces.',
      blockedSince: '2025-08-04',
      blockedBy: ['Reglement AI-fonds laten goedkeuren door college'],
      checklist: [
        ['Efficiëntiewinst berekenen', true],
        ['Kosten implementatie en onderhoud ramen', true],
        ['Dossier laten nalezen door financiën', false],
      ],
      notes: [['2025-08-04', 'Collegebeslissing over het reglement uitgesteld tot september.']],
    },
    {
      theme: 'productiviteit',
      action: 1,
      title: 'AI-platform: marktverkenning en open-sourceopties',
      status: 'in-uitvoering',
      sprint: 6,
      due: '2025-09-12',
      assignees: ['Data & Informatie', 'Business-analist'],
      priority: 'belangrijk',
      checklist: [
        ['Vereisten oplijsten (hosting in EU, SSO, logging)', true],
        ['Open-sourceplatformen vergelijken', true],
        ['Ervaringen andere steden opvragen', false],
        ['Advies aan kernteam', false],
      ],
    },
    {
      theme: 'verandermanagement',
      action: 2,
      title: 'Videotraining Schrijven met AI promoten tijdens de zomer',
      status: 'afgerond',
      sprint: 6,
      due: '2025-08-29',
      assignees: ['Communicatie'],
      priority: 'laag',
    },
    {
      theme: 'betrouwbare AI',
      action: 2,
      title: 'Beleidskader AI: eerste versie standaarden voor aankoop',
      status: 'in-uitvoering',
      sprint: 6,
      due: '2025-09-12',
      assignees: ['Data & Informatie'],
      priority: 'belangrijk',
    },
    {
      theme: 'use cases',
      action: 1,
      title: 'Experiment sociaal tolken: proof of concept vertaalondersteuning',
      status: 'geblokkeerd',
      sprint: 6,
      due: '2025-09-12',
      assignees: ['Publiekszaken'],
      phase: 'experimenteren',
      blockedReason:
        'De verwerkersovereenkomst met de leverancier van de vertaaltool is nog niet ondertekend.',
      blockedSince: '2025-08-18',
    },
    {
      theme: 'rollen',
      action: 2,
      title: 'Werkgroep AI: deelnemers en charter vastleggen',
      status: 'in-uitvoering',
      sprint: 6,
      due: '2025-09-12',
      assignees: ['Communitymanager', 'Programmamanager'],
    },
    {
      theme: 'strategie',
      action: 1,
      title: 'Input AI-werf aanleveren voor het MJP 2026–2031',
      status: 'gepland',
      sprint: 6,
      due: '2025-09-05',
      assignees: ['Programmamanager'],
      priority: 'urgent',
      carryOver: 1,
    },
    {
      theme: 'verandermanagement',
      action: 1,
      title: 'Lerend netwerk AI: zomerreeks "Durf te vragen"',
      status: 'afgerond',
      sprint: 6,
      due: '2025-09-05',
      assignees: ['Communitymanager'],
      priority: 'laag',
    },

    // ── Sprint 7 (2025-09-15 – 2025-10-26) ─────────────────────────────────────────────
    {
      theme: 'verandermanagement',
      action: 0,
      title: 'Opleidingstraject AI-geletterdheid najaar starten',
      status: 'in-uitvoering',
      sprint: 7,
      due: '2025-10-24',
      assignees: ['HR'],
      priority: 'belangrijk',
      checklist: [
        ['Basismodule voor alle medewerkers', true],
        ['Verdiepingsmodule voor leidinggevenden', false],
        ['Module juridisch en ethisch voor specialisten', false],
      ],
    },
    {
      theme: 'betrouwbare AI',
      action: 1,
      title: 'Aanstelling CAICO formaliseren',
      status: 'geblokkeerd',
      sprint: 7,
      due: '2025-10-24',
      assignees: ['Programmamanager'],
      priority: 'belangrijk',
      blockedReason:
        'Wacht op de budgetbeslissing over een bijkomende functie in het personeelsplan 2026.',
      blockedSince: '2025-09-29',
      notes: [['2025-09-29', 'Functieomschrijving klaar, maar budget nog niet toegekend.']],
    },
    {
      theme: 'use cases',
      action: 0,
      title: 'Inspiratiesessie AI-radar voor Welzijn en Zorg',
      status: 'gepland',
      sprint: 7,
      due: '2025-10-16',
      assignees: ['Innovatiestrateeg'],
      phase: 'inspireren',
    },
    {
      theme: 'productiviteit',
      action: 2,
      title: 'Copilot Studio: sjabloon voor team-agents',
      status: 'gepland',
      sprint: 7,
      due: '2025-10-24',
      assignees: [],
      priority: 'laag',
    },
    {
      theme: 'strategie',
      action: 2,
      title: 'Eurocities AI Maturity Survey invullen',
      status: 'gepland',
      sprint: 7,
      due: '2025-10-17',
      assignees: ['Innovatiestrateeg'],
    },
    {
      theme: 'rollen',
      action: 1,
      title: 'Procedure DPIA voor AI-tools standaardiseren',
      status: 'in-uitvoering',
      sprint: 7,
      due: '2025-10-24',
      assignees: ['Data & Informatie', 'Business-analist'],
      carryOver: 1,
    },
    {
      theme: 'verandermanagement',
      action: 2,
      title: 'Campagne "AI is slim, jij bent slimmer" op intranet',
      status: 'afgerond',
      sprint: 7,
      due: '2025-10-03',
      assignees: ['Communicatie'],
    },

    // ── Sprint 8 (2025-10-27 – 2025-12-07) ─────────────────────────────────────────────
    {
      theme: 'use cases',
      action: 2,
      title: 'Eerste investeringsdossier(s) aanmelden bij AI-fonds',
      status: 'gepland',
      sprint: 8,
      due: '2025-12-05',
      assignees: ['Programmamanager'],
      priority: 'urgent',
      phase: 'investeren',
    },
    {
      theme: 'strategie',
      action: 1,
      title: 'MJP 2026–2031: AI-werf definitief maken',
      status: 'in-uitvoering',
      sprint: 8,
      due: '2025-11-28',
      assignees: ['Programmamanager', 'Innovatiestrateeg'],
      priority: 'belangrijk',
    },
    {
      theme: 'betrouwbare AI',
      action: 0,
      title: 'EU AI Act: hoog-risicosystemen in kaart brengen',
      status: 'gepland',
      sprint: 8,
      due: '2025-12-05',
      assignees: ['Data & Informatie'],
      carryOver: 1,
    },
    {
      theme: 'productiviteit',
      action: 1,
      title: 'AI-platform: proefopstelling met beperkte gebruikersgroep',
      status: 'geblokkeerd',
      sprint: 8,
      due: '2025-12-05',
      assignees: ['Business-analist', 'Data & Informatie'],
      priority: 'belangrijk',
      carryOver: 1,
      blockedReason: 'De security-review van de hostingomgeving loopt nog bij IT-infrastructuur.',
      blockedSince: '2025-11-10',
      notes: [
        ['2025-11-10', 'Review ingepland, verwachte feedback eind november.'],
        ['2025-11-03', 'Aanvraag security-review ingediend.'],
      ],
    },
    {
      theme: 'verandermanagement',
      action: 1,
      title: 'Jaarevent Lerend netwerk AI organiseren',
      status: 'in-uitvoering',
      sprint: 8,
      due: '2025-11-27',
      assignees: ['Communitymanager', 'Communicatie'],
      checklist: [
        ['Datum en locatie vastleggen', true],
        ['Sprekers uit drie experimenten vragen', true],
        ['Uitnodiging versturen', false],
      ],
    },
    {
      theme: 'rollen',
      action: 2,
      title: 'Werkgroep AI: eerste werksessie AI-architectuur',
      status: 'afgerond',
      sprint: 8,
      due: '2025-11-14',
      assignees: [],
    },

    // ── Sprint 9 (2025-12-08 – 2026-01-18) ─────────────────────────────────────────────
    {
      theme: 'strategie',
      action: 2,
      title: 'Jaarevaluatie AI 2025 opmaken',
      status: 'gepland',
      sprint: 9,
      due: '2026-01-16',
      assignees: ['Programmamanager'],
      priority: 'belangrijk',
      checklist: [
        ['Resultaten per thema verzamelen', false],
        ['Eindmeting AI-maturiteit', false],
        ['Evaluatie voorstellen aan directie', false],
      ],
    },
    {
      theme: 'strategie',
      action: null,
      title: 'Jaarplan AI 2026: actielijnen voorstellen',
      status: 'in-uitvoering',
      sprint: 9,
      due: '2026-01-16',
      assignees: ['Programmamanager', 'Innovatiestrateeg'],
      priority: 'urgent',
      checklist: [
        ['Breder kader uitdiepen', true],
        ['Werkgroep activeren', true],
        ['AI-platform', false],
        ['Beleidskader omzetten naar standaarden', false],
        ['Drie experimenten maken doorstart', false],
        ['Eerste investeringsdossier(s) aangemeld', false],
      ],
    },
    {
      theme: 'use cases',
      action: 1,
      title: 'Drie experimenten: go/no-go voor doorstart',
      status: 'in-uitvoering',
      sprint: 9,
      due: '2026-01-09',
      assignees: ['Business-analist'],
      priority: 'belangrijk',
      carryOver: 2,
      phase: 'experimenteren',
    },
    {
      theme: 'betrouwbare AI',
      action: 2,
      title: 'Standaarden beleidskader laten reviewen door werkgroep',
      status: 'gepland',
      sprint: 9,
      due: '2026-01-16',
      assignees: ['Data & Informatie'],
      carryOver: 1,
    },
    {
      theme: 'verandermanagement',
      action: 0,
      title: 'AI-geletterdheid: eindmeting vergelijken met nulmeting',
      status: 'in-uitvoering',
      sprint: 9,
      due: '2026-01-16',
      assignees: ['HR'],
    },
    {
      theme: 'productiviteit',
      action: 0,
      title: 'Copilot-adoptie: tweede bevraging uitsturen',
      status: 'gepland',
      sprint: 9,
      due: '2025-12-19',
      assignees: [],
    },
    {
      theme: 'rollen',
      action: 0,
      title: 'Retrospectieve kernteam 2025',
      status: 'gepland',
      sprint: 9,
      due: '2025-12-18',
      assignees: ['Programmamanager'],
      priority: 'laag',
    },

    // ── Backlog ────────────────────────────────────────────────────────────────────────
    {
      theme: 'use cases',
      action: 0,
      title: 'Idee: AI-samenvattingen van gemeenteraadsverslagen',
      status: 'backlog',
      sprint: null,
      assignees: [],
      priority: 'laag',
      phase: 'inspireren',
    },
    {
      theme: 'productiviteit',
      action: null,
      title: 'Verkenning AI-vergaderassistent in Teams',
      status: 'backlog',
      sprint: null,
      assignees: [],
    },
    {
      theme: 'betrouwbare AI',
      action: null,
      title: 'Duurzaamheid: energieverbruik van AI-tools inschatten',
      status: 'backlog',
      sprint: null,
      assignees: [],
      priority: 'laag',
    },
    {
      theme: 'verandermanagement',
      action: 0,
      title: 'Specifieke AI-opleiding voor juristen en aankopers',
      status: 'backlog',
      sprint: null,
      assignees: ['HR'],
    },
    {
      theme: 'strategie',
      action: null,
      title: 'AI-soevereiniteit: standpunt Groep Gent formuleren',
      status: 'backlog',
      sprint: null,
      assignees: ['Innovatiestrateeg'],
      priority: 'belangrijk',
    },
    {
      theme: 'use cases',
      action: 0,
      title: 'Idee: chatbot voor vragen over afvalophaling',
      status: 'backlog',
      sprint: null,
      assignees: ['Publiekszaken'],
      phase: 'inspireren',
    },
    {
      theme: 'rollen',
      action: 2,
      title: 'Rol AI-ambassadeur per dienst uitwerken',
      status: 'backlog',
      sprint: null,
      assignees: ['Communitymanager'],
    },
  ],
};
