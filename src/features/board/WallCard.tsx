import { useTranslation } from 'react-i18next';
import type { WallCard } from '../../domain/wall';

/** One card of the printed sheet or the presentation: title, status in words, people, reason. */
export function WallCardView({ card }: { card: WallCard }) {
  const { t } = useTranslation('wall');
  const { t: tc } = useTranslation();
  return (
    <li className={`wall-card wall-card-${card.status}`}>
      <p className="wall-card-title">{card.title}</p>
      <p className="wall-card-status">{tc(`status.${card.status}`)}</p>
      <p className="wall-card-people">
        {card.people.length
          ? t('card.people', { names: card.people.join(', ') })
          : t('card.nobody')}
      </p>
      {card.blockedReason !== null && (
        <p className="wall-card-blocked">
          {t('card.blocked', { reason: card.blockedReason || t('card.noReason') })}
        </p>
      )}
    </li>
  );
}
