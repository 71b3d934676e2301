import { useTranslation } from 'react-i18next';
import type { TranscriptView } from '../../../../shared/domain/transcriptViews.ts';
import type { Deliverable } from '../../../../shared/domain/transcripts.ts';
import { missingDeliverables } from '../../../../shared/rules/transcriptDeliverables.ts';
import { DeliverableItem } from './DeliverableItem.tsx';
import { DeliverableSettings } from './DeliverableSettings.tsx';
import { Disclosure } from '../../components/Disclosure.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';

interface DeliverablesPaneProps {
  readonly view: TranscriptView;
  readonly onChanged: (change: { deliverables: readonly Deliverable[] }) => void;
}

/** What the office hands in after the event (通稿, 全程录音, 全程录像, 照片…), with the files. */
export function DeliverablesPane({ view, onChanged }: DeliverablesPaneProps) {
  const { t } = useTranslation();
  const editable = view.actions.includes('manageDeliverables');
  const recording =
    view.recordings.filter((item) => item.finishedAt && item.bytes > 0).at(-1) ?? null;
  const missing = missingDeliverables(view.deliverables);
  const changed = (deliverables: readonly Deliverable[]) => onChanged({ deliverables });
  return (
    <section className="deliverables" aria-labelledby="deliverables-title">
      <h2 id="deliverables-title">{t('transcripts.deliverables.title')}</h2>
      <p className="muted">{t('transcripts.deliverables.intro')}</p>
      {missing.length > 0 && (
        <p className="warning">
          {t('transcripts.deliverables.missing', {
            names: missing.join(t('punctuation.listSeparator')),
          })}
        </p>
      )}
      {view.deliverables.length === 0 && (
        <EmptyState
          purpose={t('transcripts.deliverables.emptyPurpose')}
          hint={editable ? t('transcripts.deliverables.emptyHint') : undefined}
        />
      )}
      <ul className="deliverables__list">
        {view.deliverables.map((deliverable) => (
          <DeliverableItem
            key={deliverable.id}
            requestId={view.event.requestId}
            deliverable={deliverable}
            editable={editable}
            recording={recording}
            onChanged={changed}
          />
        ))}
      </ul>
      {editable && (
        <Disclosure className="deliverables__add" summary={t('transcripts.deliverables.addTitle')}>
          <DeliverableSettings
            requestId={view.event.requestId}
            onDone={(next) => next && changed(next)}
          />
        </Disclosure>
      )}
    </section>
  );
}
