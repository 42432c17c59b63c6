import { defineMessages } from './messages';

// Team sync: "Samenwerken" in Instellingen (sharing a plan), the question an invite link asks,
// and the header's words on a shared plan.
export const syncMessages = defineMessages({
  nl: {
    heading: 'Samenwerken',
    intro:
      'Deel dit jaarplan met je team via een syncserver. Elk toestel houdt het hele plan bij en werkt offline verder; wijzigingen gaan heen en weer zodra de server bereikbaar is. Zonder server blijft alles op dit toestel.',
    server: 'Serveradres',
    serverHint: 'Bijvoorbeeld wss://sync.voorbeeld.be',
    share: 'Plan delen',
    sharing: 'Plan wordt gedeeld…',
    sharedVia: 'Dit plan wordt gedeeld via {{server}}.',
    readOnly:
      'Je hebt dit plan met een leeslink geopend: je kunt het bekijken, maar niet wijzigen.',
    links: {
      edit: 'Uitnodigingslink (bewerken)',
      read: 'Uitnodigingslink (alleen lezen)',
      editHelp: 'Wie deze link opent, kan het plan bekijken en wijzigen.',
      readHelp: 'Wie deze link opent, kan het plan alleen bekijken.',
      unknown:
        'Deze link werd op een ander toestel gemaakt. Met "Link vernieuwen" maak je een nieuwe; de oude werkt dan niet meer.',
    },
    copy: 'Kopiëren',
    copied: 'Gekopieerd',
    copyFailed: 'Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.',
    renew: 'Link vernieuwen',
    renewTitle: 'Link vernieuwen?',
    renewBody_edit:
      'Wie de huidige bewerkingslink gebruikt, heeft daarna geen toegang meer. Deel de nieuwe link met wie mag bewerken.',
    renewBody_read:
      'Wie de huidige leeslink gebruikt, heeft daarna geen toegang meer. Deel de nieuwe link met wie mag meelezen.',
    renewed: 'Nieuwe link gemaakt. De oude werkt niet meer.',
    stop: 'Stoppen met delen',
    stopTitle: 'Stoppen met delen?',
    stopBody:
      'Dit toestel maakt geen verbinding meer met de server en houdt zijn kopie van het plan zoals ze nu is. Wie een link heeft, kan verder samenwerken.',
    cancel: 'Annuleren',
    close: 'Sluiten',
    problems: {
      server: 'Geef het adres van de server, beginnend met ws, wss, http of https, zonder pad.',
      refused: 'Geen toegang: de link is niet (meer) geldig.',
      adminOnly: 'Deze server laat alleen zijn beheerder plannen registreren.',
      exists:
        'Dit plan staat al op deze server. Open een uitnodigingslink van dit plan om weer mee te doen.',
      unreachable: 'De server {{server}} is niet bereikbaar. Probeer het later opnieuw.',
      unexpected:
        'De server {{server}} gaf een onverwacht antwoord. Is het een Sprintbord-syncserver?',
    },
    indicator: {
      synced: 'Gesynchroniseerd',
      offline: 'Offline',
      offlineWaiting_one: 'Offline — {{count}} wijziging wacht',
      offlineWaiting_other: 'Offline — {{count}} wijzigingen wachten',
      sending_one: '{{count}} wijziging versturen…',
      sending_other: '{{count}} wijzigingen versturen…',
      connecting: 'Verbinden…',
      refused: 'Geen toegang',
      outdated: 'Nieuwe versie: herlaad de pagina om verder te delen',
      serverOutdated: 'De server is een oudere versie: vraag de beheerder om hem bij te werken',
      readOnly: 'Alleen lezen',
    },
    rejected_one: '{{count}} wijziging van anderen kon niet worden verwerkt',
    rejected_other: '{{count}} wijzigingen van anderen konden niet worden verwerkt',
    rejectedShow: 'Welke?',
    rejectedRow: '{{table}}: {{id}}',
    join: {
      title: '{{name}} van {{server}} openen?',
      titleUnknown: 'Een gedeeld jaarplan van {{server}} openen?',
      body: 'Het plan komt bij je jaarplannen op dit toestel en blijft ook zonder netwerk bruikbaar. Wijzigingen gaan heen en weer met iedereen die een link heeft.',
      confirm: 'Deelnemen',
      checking: 'Link controleren…',
    },
  },
  en: {
    heading: 'Collaborate',
    intro:
      'Share this year plan with your team through a sync server. Every device keeps the whole plan and keeps working offline; changes flow both ways whenever the server can be reached. Without a server everything stays on this device.',
    server: 'Server address',
    serverHint: 'For example wss://sync.example.org',
    share: 'Share plan',
    sharing: 'Sharing the plan…',
    sharedVia: 'This plan is shared through {{server}}.',
    readOnly: 'You opened this plan with a read-only link: you can view it, not change it.',
    links: {
      edit: 'Invite link (edit)',
      read: 'Invite link (read only)',
      editHelp: 'Whoever opens this link can view and change the plan.',
      readHelp: 'Whoever opens this link can only view the plan.',
      unknown:
        'This link was made on another device. "Renew link" makes a new one; the old one then stops working.',
    },
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Copying did not work. Select the link and copy it yourself.',
    renew: 'Renew link',
    renewTitle: 'Renew the link?',
    renewBody_edit:
      'Whoever uses the current edit link loses access. Share the new link with those who may edit.',
    renewBody_read:
      'Whoever uses the current read-only link loses access. Share the new link with those who may read along.',
    renewed: 'New link made. The old one no longer works.',
    stop: 'Stop sharing',
    stopTitle: 'Stop sharing?',
    stopBody:
      'This device no longer connects to the server and keeps its copy of the plan as it is now. Whoever has a link can keep collaborating.',
    cancel: 'Cancel',
    close: 'Close',
    problems: {
      server: 'Give the server address, starting with ws, wss, http or https, without a path.',
      refused: 'No access: the link is not (or no longer) valid.',
      adminOnly: 'This server lets only its administrator register plans.',
      exists: 'This plan is already on this server. Open an invite link of this plan to rejoin.',
      unreachable: 'The server {{server}} cannot be reached. Try again later.',
      unexpected:
        'The server {{server}} gave an unexpected answer. Is it a Sprintbord sync server?',
    },
    indicator: {
      synced: 'Synchronised',
      offline: 'Offline',
      offlineWaiting_one: 'Offline — {{count}} change waiting',
      offlineWaiting_other: 'Offline — {{count}} changes waiting',
      sending_one: 'Sending {{count}} change…',
      sending_other: 'Sending {{count}} changes…',
      connecting: 'Connecting…',
      refused: 'No access',
      outdated: 'New version: reload the page to keep sharing',
      serverOutdated: 'The server runs an older version: ask its administrator to update it',
      readOnly: 'Read-only',
    },
    rejected_one: '{{count}} change from others could not be processed',
    rejected_other: '{{count}} changes from others could not be processed',
    rejectedShow: 'Which?',
    rejectedRow: '{{table}}: {{id}}',
    join: {
      title: 'Open {{name}} from {{server}}?',
      titleUnknown: 'Open a shared year plan from {{server}}?',
      body: 'The plan joins your year plans on this device and stays usable without a network. Changes flow both ways with everyone who has a link.',
      confirm: 'Join',
      checking: 'Checking the link…',
    },
  },
});
