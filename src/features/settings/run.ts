import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { checkChipColor } from '../../domain/colors';
import { checkTitle } from '../../domain/tasks';
import { runWrite } from '../../app/writes';
import { useLang, localeOf } from '../../i18n/useLang';

// Every settings field saves on its own and refuses bad input with a Dutch message beside it,
// leaving the stored value alone. These are the two halves: the checks and the write.

/** A refused value: the message shown beside the field. */
export type Problem = string | null;

/**
 * Runs a command and turns a refusal into the Dutch message of its error code. A full or broken
 * disk also gets the toast with the backup way out, because that is bigger than one field.
 */
export function useRun(): (work: () => Promise<unknown>) => Promise<Problem> {
  const { t } = useTranslation();
  return useCallback(
    async (work) => {
      const result = await runWrite(work, { inline: true });
      return result.ok ? null : t(`errors.${result.code}`);
    },
    [t],
  );
}

/** The shared checks, in Dutch. */
export function useChecks() {
  const { t } = useTranslation('settings');
  const locale = localeOf(useLang());
  return {
    name: (value: string): Problem => {
      const checked = checkTitle(value);
      if (checked.ok) return null;
      return checked.problem === 'empty' ? t('problems.nameEmpty') : t('problems.tooLong');
    },
    title: (value: string): Problem => {
      const checked = checkTitle(value);
      if (checked.ok) return null;
      return checked.problem === 'empty' ? t('problems.titleEmpty') : t('problems.tooLong');
    },
    color: (value: string): Problem => {
      const problem = checkChipColor(value);
      if (!problem) return null;
      if (problem.problem === 'invalid') return t('problems.color.invalid');
      return t('problems.color.tooLight', { ratio: problem.ratio.toLocaleString(locale) });
    },
  };
}
