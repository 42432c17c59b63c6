import { defineMessages } from './messages';

// Team sync: the section in Instellingen that connects a plan to a sync server.
export const syncMessages = defineMessages({
  nl: {
    heading: 'Team-sync',
    intro:
      'Deel dit jaarplan met je team via een syncserver. Elk toestel houdt het hele plan bij en werkt offline verder; wijzigingen gaan heen en weer zodra de server bereikbaar is. Zonder server blijft alles op dit toestel.',
    planId: 'Id van dit jaarplan (om het op de server te registreren): {{id}}',
    server: 'Server',
    serverHint: 'Bijvoorbeeld wss://sync.voorbeeld.be',
    token: 'Token',
    connect: 'Verbinden',
    disconnect: 'Verbreken',
    status: {
      connecting: 'Verbinden met {{server}}…',
      connected: 'Verbonden met {{server}}',
      offline: 'Offline: je wijzigingen gaan naar {{server}} zodra die weer bereikbaar is',
      refused: '{{server}} weigert deze token',
    },
    indicator: {
      connecting: 'Team-sync: verbinden…',
      connected: 'Team-sync: verbonden',
      offline: 'Team-sync: offline',
      refused: 'Team-sync: geweigerd',
    },
    pending: 'Nog te versturen wijzigingen: {{count}}',
    rejected: 'Rijen van het team die niet overgenomen zijn (ongeldig): {{count}}',
    problems: {
      server: 'Geef het adres van de server, beginnend met ws, wss, http of https, zonder pad.',
      token: 'Geef de token die je van de server kreeg (minstens 16 tekens, geen spaties).',
    },
  },
  en: {
    heading: 'Team sync',
    intro:
      'Share this year plan with your team through a sync server. Every device keeps the whole plan and keeps working offline; changes flow both ways whenever the server can be reached. Without a server everything stays on this device.',
    planId: 'Id of this year plan (to register it on the server): {{id}}',
    server: 'Server',
    serverHint: 'For example wss://sync.example.org',
    token: 'Token',
    connect: 'Connect',
    disconnect: 'Disconnect',
    status: {
      connecting: 'Connecting to {{server}}…',
      connected: 'Connected to {{server}}',
      offline: 'Offline: your changes go to {{server}} as soon as it can be reached',
      refused: '{{server}} refuses this token',
    },
    indicator: {
      connecting: 'Team sync: connecting…',
      connected: 'Team sync: connected',
      offline: 'Team sync: offline',
      refused: 'Team sync: refused',
    },
    pending: 'Changes not sent yet: {{count}}',
    rejected: 'Rows from the team not taken over (invalid): {{count}}',
    problems: {
      server: 'Give the server address, starting with ws, wss, http or https, without a path.',
      token: 'Give the token the server handed out (at least 16 characters, no spaces).',
    },
  },
});
