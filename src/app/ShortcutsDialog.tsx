import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog';
import { paletteMessages } from '../i18n/palette';
import { addMessages } from '../i18n/i18n';
import './palette.css';

// This screen's words load with it, not in the first load.
addMessages('palette', paletteMessages);

type Does =
  | 'palette'
  | 'help'
  | 'search'
  | 'undo'
  | 'redo'
  | 'escape'
  | 'open'
  | 'pick'
  | 'move'
  | 'cancel'
  | 'tree'
  | 'edit'
  | 'reorder'
  | 'remove'
  | 'cells';

/** Each key as one or more alternatives, each alternative as keys pressed together. */
const SECTIONS: ReadonlyArray<{
  heading: 'everywhere' | 'board' | 'yearPlan' | 'roadmap';
  rows: ReadonlyArray<{ keys: string[][]; does: Does }>;
}> = [
  {
    heading: 'everywhere',
    rows: [
      {
        keys: [
          ['Ctrl', 'K'],
          ['⌘', 'K'],
        ],
        does: 'palette',
      },
      { keys: [['?']], does: 'help' },
      { keys: [['/']], does: 'search' },
      { keys: [['Ctrl', 'Z']], does: 'undo' },
      {
        keys: [
          ['Ctrl', 'Shift', 'Z'],
          ['Ctrl', 'Y'],
        ],
        does: 'redo',
      },
      { keys: [['Esc']], does: 'escape' },
    ],
  },
  {
    heading: 'board',
    rows: [
      { keys: [['Enter']], does: 'open' },
      { keys: [['Space']], does: 'pick' },
      { keys: [['←'], ['→'], ['↑'], ['↓']], does: 'move' },
      { keys: [['Esc']], does: 'cancel' },
    ],
  },
  {
    heading: 'yearPlan',
    rows: [
      { keys: [['↑'], ['↓'], ['←'], ['→']], does: 'tree' },
      { keys: [['Enter'], ['F2']], does: 'edit' },
      {
        keys: [
          ['Alt', '↑'],
          ['Alt', '↓'],
        ],
        does: 'reorder',
      },
      { keys: [['Delete']], does: 'remove' },
    ],
  },
  {
    heading: 'roadmap',
    rows: [
      { keys: [['←'], ['→'], ['↑'], ['↓']], does: 'cells' },
      { keys: [['Space']], does: 'pick' },
    ],
  },
];

/** "?": every keyboard shortcut of the app, per place. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('palette');
  const { t: td } = useTranslation('dialog');
  return (
    <Dialog title={t('keys.title')} open onClose={onClose} closeLabel={td('close')}>
      {SECTIONS.map((section) => (
        <table key={section.heading} className="shortcut-table">
          <caption>
            <strong>{t(`keys.${section.heading}`)}</strong>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('keys.key')}</th>
              <th scope="col">{t('keys.does')}</th>
            </tr>
          </thead>
          <tbody>
            {section.rows.map((row) => (
              <tr key={row.does}>
                <td>
                  {row.keys.map((combo, i) => (
                    <Fragment key={i}>
                      {i > 0 && ` ${t('keys.or')} `}
                      {combo.map((key, j) => (
                        <Fragment key={j}>
                          {j > 0 && '+'}
                          <kbd>{key === 'Space' ? t('keys.space') : key}</kbd>
                        </Fragment>
                      ))}
                    </Fragment>
                  ))}
                </td>
                <td>{t(`keys.${row.does}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </Dialog>
  );
}
