import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.tsx';
import type { CountedEvent } from '../../../../shared/domain/schedulingCompliance.ts';
import type { PlanItemStatus, UnitPlanView } from '../../../../shared/domain/schedulingPlans.ts';
import { shanghaiParts } from './calendarDates.ts';
import { quarterName } from './complianceLabels.ts';
import { PlanEditor } from './PlanEditor.tsx';
import { useScheduleLabels } from './useScheduleLabels.ts';

interface PlanDetailProps {
  readonly year: number;
  readonly unit: UnitPlanView;
  readonly editable: boolean;
  readonly onSaved: () => void;
  readonly onOpen: (requestId: string) => void;
}

const tone: Readonly<Record<PlanItemStatus, string>> = {
  done: 'good',
  scheduled: 'good',
  inProgress: 'pending',
  pending: 'neutral',
  missed: 'bad',
};

/** One unit's plan against what happened, and the plan's editor for those who keep it. */
export function PlanDetail({ year, unit, editable, onSaved, onOpen }: PlanDetailProps) {
  const { t } = useTranslation();
  const labels = useScheduleLabels();
  const [editing, setEditing] = useState(false);
  const eventLink = (event: CountedEvent) => (
    <>
      <button type="button" className="link-button" onClick={() => onOpen(event.requestId)}>
        {event.title || t('requests.untitled')}
      </button>{' '}
      {event.startsAt && (
        <span className="muted">{labels.day(shanghaiParts(event.startsAt)[0])}</span>
      )}
    </>
  );
  if (editing)
    return (
      <PlanEditor
        year={year}
        unit={unit}
        onCancel={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          onSaved();
        }}
      />
    );
  return (
    <section aria-labelledby="plan-title">
      <div className="page__title">
        <h2 id="plan-title">{t('scheduling.plans.unitTitle', { unit: unit.unitName, year })}</h2>
        {editable && (
          <button type="button" className="button" onClick={() => setEditing(true)}>
            {t('scheduling.plans.edit')}
          </button>
        )}
      </div>
      {unit.items.length === 0 ? (
        <EmptyState
          purpose={t('scheduling.plans.emptyPurpose')}
          hint={t(editable ? 'scheduling.plans.emptyHintEdit' : 'scheduling.plans.empty')}
        />
      ) : (
        <table className="table">
          <caption className="visually-hidden">
            {t('scheduling.plans.unitTitle', { unit: unit.unitName, year })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('scheduling.plans.quarter')}</th>
              <th scope="col">{t('scheduling.columns.form')}</th>
              <th scope="col">{t('scheduling.plans.topic')}</th>
              <th scope="col">{t('scheduling.plans.actual')}</th>
              <th scope="col">{t('scheduling.columns.state')}</th>
            </tr>
          </thead>
          <tbody>
            {unit.items.map((item) => (
              <tr key={item.id}>
                <td>{quarterName(t, item.quarter)}</td>
                <td>{t(`requests.forms.${item.form}`)}</td>
                <td>
                  {item.topic}
                  {item.note && <div className="muted">{item.note}</div>}
                </td>
                <td>{item.event ? eventLink(item.event) : <span className="muted">—</span>}</td>
                <td>
                  <span className={`badge badge--${tone[item.status]}`}>
                    {t(`scheduling.plans.statuses.${item.status}`)}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {unit.unplanned.length > 0 && (
        <>
          <h3>{t('scheduling.plans.unplannedTitle')}</h3>
          <ul className="cell-events">
            {unit.unplanned.map((event) => (
              <li key={event.requestId}>
                {eventLink(event)}{' '}
                <span className="muted">{t(`requests.forms.${event.form}`)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
