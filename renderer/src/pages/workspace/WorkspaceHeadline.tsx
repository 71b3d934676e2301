import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../shared/domain/requestViews.ts';
import type { Stage } from '../../../../shared/rules/eventStages.ts';
import { StateBadge } from '../requests/StateBadge.tsx';
import { reasonText } from './StageBar.tsx';

/**
 * The actions that move the event on, in the order 现在可以做 lists them; the first one the user
 * has is the next action. (改期, 延期, 取消发布 are always there once approved: never "next".)
 */
const actionOrder = ['submit', 'approve', 'fastTrack', 'ratify', 'reopen'] as const;

interface WorkspaceHeadlineProps {
  readonly title: string;
  readonly request: RequestDetail;
  readonly stages: readonly Stage[];
  readonly saveStatus: ReactNode;
  /** Whether the overview (facts, stages, 现在可以做) shows below the line. */
  readonly open: boolean;
  readonly detailsId: string;
  readonly onToggle: () => void;
}

/**
 * The event page's one sticky line: the title and state, and while the overview is folded away
 * the stage in progress (with its blocker) and the next action, with the button that unfolds it.
 */
export function WorkspaceHeadline({
  title,
  request,
  stages,
  saveStatus,
  open,
  detailsId,
  onToggle,
}: WorkspaceHeadlineProps) {
  const { t } = useTranslation();
  const current = stages.find((stage) => stage.status !== 'done');
  const next = actionOrder.find((action) => request.actions.includes(action));
  return (
    <div
      className={open ? 'workspace__headline' : 'workspace__headline workspace__headline--folded'}
    >
      <h1>{title}</h1>
      <StateBadge state={request.state} />
      {saveStatus}
      {!open && (
        <p className="workspace__now" data-testid="workspace-now">
          <span className={`workspace__stage workspace__stage--${current?.status ?? 'done'}`}>
            {current
              ? t('workspace.headline.current', {
                  stage: t(`workspace.stages.${current.id}`),
                  reason: current.reasons[0]
                    ? reasonText(t, current, current.reasons[0])
                    : t(`workspace.statuses.${current.status}`),
                })
              : t('workspace.headline.allDone')}
          </span>
          {next && (
            <span className="workspace__next-action">
              {t('workspace.headline.next', { action: t(`requests.actions.${next}`) })}
            </span>
          )}
        </p>
      )}
      <button
        type="button"
        className="button button--small button--quiet workspace__toggle"
        aria-expanded={open}
        aria-controls={detailsId}
        onClick={onToggle}
      >
        {open ? t('workspace.headline.collapse') : t('workspace.headline.expand')}
      </button>
    </div>
  );
}
