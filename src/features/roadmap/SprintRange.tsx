import { formatRange } from '../../i18n/dates';
import type { Language } from '../../i18n/i18n';
import type { Sprint } from '../../domain/types';

/** The sprint's dates; the plan's own year is spoken but not shown, where every column would repeat it. */
export function SprintRange({
  sprint,
  lang,
  year,
}: {
  sprint: Sprint;
  lang: Language;
  year: number;
}) {
  const full = formatRange(sprint.start, sprint.end, lang);
  const suffix = new RegExp(`,? ${year}$`);
  if (
    !sprint.start.startsWith(String(year)) ||
    !sprint.end.startsWith(String(year)) ||
    !suffix.test(full)
  )
    return <>{full}</>;
  const tail = full.match(suffix)![0];
  return (
    <>
      {full.slice(0, full.length - tail.length)}
      <span className="visually-hidden">{tail}</span>
    </>
  );
}
