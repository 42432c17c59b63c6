import { defineMessages } from './messages';
export const storageMessages = defineMessages({
  nl: {
    panel: {
      heading: 'Opslag op dit toestel',
      intro:
        'Sprintbord bewaart je jaarplannen alleen in deze browser. Met blijvende opslag ruimt de browser ze niet vanzelf op wanneer de schijf vol raakt.',
      granted: 'Blijvende opslag: toegestaan',
      denied: 'Blijvende opslag: niet toegestaan',
      unknown: 'Blijvende opslag: onbekend (deze browser zegt het niet)',
      deniedHint:
        'Installeer Sprintbord als app of maak er een bladwijzer van; dan staat de browser blijvende opslag eerder toe. Maak intussen geregeld een back-up.',
      ask: 'Blijvende opslag aanvragen',
      usage: 'Gebruikt: {{used}} MB',
      available: 'Beschikbaar: {{available}} MB (van {{quota}} MB)',
      noEstimate: 'Deze browser geeft niet door hoeveel ruimte er gebruikt wordt.',
      measuring: 'Opslag meten…',
      refresh: 'Opnieuw meten',
    },
    update: {
      available: 'Nieuwe versie beschikbaar — herladen',
      hint: 'Je wijzigingen zijn al bewaard. Herlaad wanneer het je past.',
      reload: 'Herladen',
      later: 'Later',
      offlineReady: 'Sprintbord werkt nu ook zonder netwerk.',
      ok: 'OK',
    },
    boundary: {
      title: 'Er ging iets mis in dit scherm.',
      text: 'Je gegevens staan nog in deze browser. Exporteer ze voor de zekerheid en herlaad daarna de pagina.',
      export: 'Gegevens exporteren',
      reload: 'Herladen',
      exported: 'Back-up gedownload: {{file}}',
      exportFailed: 'Exporteren lukte niet. Herlaad de pagina en probeer het via Gegevens opnieuw.',
    },
    toast: {
      backup: 'Back-up maken',
      backupDone: 'Back-up gedownload: {{file}}',
      backupFailed: 'De back-up kon niet gemaakt worden.',
    },
  },
  en: {
    panel: {
      heading: 'Storage on this device',
      intro:
        'Sprintbord keeps your year plans in this browser only. With persistent storage the browser does not clear them by itself when the disk fills up.',
      granted: 'Persistent storage: granted',
      denied: 'Persistent storage: not granted',
      unknown: 'Persistent storage: unknown (this browser does not tell)',
      deniedHint:
        'Install Sprintbord as an app or bookmark it; browsers then grant persistent storage more readily. Meanwhile, make backups regularly.',
      ask: 'Request persistent storage',
      usage: 'Used: {{used}} MB',
      available: 'Available: {{available}} MB (of {{quota}} MB)',
      noEstimate: 'This browser does not report how much space is used.',
      measuring: 'Measuring storage…',
      refresh: 'Measure again',
    },
    update: {
      available: 'New version available — reload',
      hint: 'Your changes are already saved. Reload when it suits you.',
      reload: 'Reload',
      later: 'Later',
      offlineReady: 'Sprintbord now also works without a network.',
      ok: 'OK',
    },
    boundary: {
      title: 'Something went wrong in this screen.',
      text: 'Your data is still in this browser. Export it to be safe, then reload the page.',
      export: 'Export data',
      reload: 'Reload',
      exported: 'Backup downloaded: {{file}}',
      exportFailed: 'Export failed. Reload the page and try again from Data.',
    },
    toast: {
      backup: 'Make a backup',
      backupDone: 'Backup downloaded: {{file}}',
      backupFailed: 'The backup could not be made.',
    },
  },
});
