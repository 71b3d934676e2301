import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../../shared/domain/requests.ts';
import { useDateText } from '../../components/dates/useDateText.ts';

export function DecisionsList({ decisions }: { readonly decisions: readonly Decision[] }) {
  const { t } = useTranslation();
  const dates = useDateText();
  return (
    <section aria-labelledby="decisions-title">
      <h2 id="decisions-title">{t('requests.decisionsTitle')}</h2>
      {decisions.length === 0 ? (
        <p className="muted">{t('requests.noDecisions')}</p>
      ) : (
        <ol className="decision-list">
          {decisions.map((decision) => (
            <li
              key={decision.id}
              className={decision.voidedAt ? 'decision decision--voided' : 'decision'}
            >
              <strong>
                {t('lists.labelled', { label: t(`requests.levels.${decision.level}`) })}
              </strong>
              {t(`requests.decisionKinds.${decision.kind}`)}
              {' · '}
              {decision.decidedByName} · {dates.dayTime(decision.decidedAt)}
              {decision.comment && <div className="decision__comment">{decision.comment}</div>}
              {decision.voidedAt && <div className="muted">{t('requests.voided')}</div>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
