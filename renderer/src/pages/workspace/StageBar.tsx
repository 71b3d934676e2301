import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Stage, StageReason } from '../../../../shared/rules/eventStages.ts';

const symbols = { done: '✓', inProgress: '…', blocked: '!', notStarted: '○' } as const;

/** A stage's reason in words, with its number where it has one (尚缺 12 项签核). */
export const reasonText = (t: TFunction, stage: Stage, reason: StageReason): string =>
  t(`workspace.reasons.${reason}`, { count: stage.counts?.[reason] ?? 0 });

/** 报批 → 材料与审查 → 排期 → 现场实录 → 发布与归档, each with its status and why. */
export function StageBar({ stages }: { readonly stages: readonly Stage[] }) {
  const { t } = useTranslation();
  return (
    <ol className="stage-bar" aria-label={t('workspace.stageBarLabel')}>
      {stages.map((stage) => (
        <li key={stage.id} className={`stage stage--${stage.status}`} data-stage={stage.id}>
          <span className="stage__symbol" aria-hidden="true">
            {symbols[stage.status]}
          </span>
          <span className="stage__name">{t(`workspace.stages.${stage.id}`)}</span>
          <span className="stage__status">{t(`workspace.statuses.${stage.status}`)}</span>
          {stage.reasons.length > 0 && (
            <ul className="stage__reasons">
              {stage.reasons.map((reason) => (
                <li key={reason}>{reasonText(t, stage, reason)}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
