import { describe, expect, it } from 'vitest';
import { sharingStops, type SharingStopInput } from '../../src/domain/syncReplace';

const demo = { id: 'plan-demo', name: 'Jaarplan AI 2025' };
const demoRestored = { id: 'plan-demo', name: 'Jaarplan AI 2025 (back-up)' };
const team = { id: 'plan-team', name: 'Jaarplan team 2026' };
const fresh = { id: 'plan-fresh', name: 'Jaarplan AI 2025' };

describe('sharingStops: which shared plans stop being shared when plans are replaced', () => {
  it.each<[string, SharingStopInput, ReturnType<typeof sharingStops>]>([
    [
      'a restore with nothing shared stops nothing',
      { shared: [], replaced: 'all', before: [demo, team], after: [demo] },
      [],
    ],
    [
      'a restore stops a shared plan the backup holds, named as restored',
      { shared: ['plan-demo'], replaced: 'all', before: [demo], after: [demoRestored] },
      [{ planId: 'plan-demo', name: 'Jaarplan AI 2025 (back-up)', kept: true }],
    ],
    [
      'a restore stops a shared plan the backup lacks: it leaves this device',
      { shared: ['plan-team'], replaced: 'all', before: [demo, team], after: [demo] },
      [{ planId: 'plan-team', name: 'Jaarplan team 2026', kept: false }],
    ],
    [
      'a restore stops a plan joined by link whose rows never arrived, without a name',
      { shared: ['plan-joined'], replaced: 'all', before: [demo], after: [demo] },
      [{ planId: 'plan-joined', name: null, kept: false }],
    ],
    [
      'the demo reset stops the shared demo plan only',
      {
        shared: ['plan-team', 'plan-demo'],
        replaced: ['plan-demo'],
        before: [demo],
        after: [fresh],
      },
      [{ planId: 'plan-demo', name: 'Jaarplan AI 2025', kept: false }],
    ],
    [
      'the demo reset stops nothing when another plan is shared',
      { shared: ['plan-team'], replaced: ['plan-demo'], before: [demo], after: [fresh] },
      [],
    ],
  ])('%s', (_, input, expected) => {
    expect(sharingStops(input)).toEqual(expected);
  });
});
