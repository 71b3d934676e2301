import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitPlanView } from '../../../../shared/domain/schedulingPlans.ts';
import { ErrorMessage } from '../../components/Field.tsx';
import { useChannel } from '../../useChannel.ts';
import { todayInShanghai } from './calendarDates.ts';
import { PlanDetail } from './PlanDetail.tsx';
import './scheduling.css';
import { YearSelect } from './YearSelect.tsx';

const count = (unit: UnitPlanView, statuses: readonly string[]) =>
  unit.items.filter((item) => statuses.includes(item.status)).length;

/** 年度发布计划: each unit's plan for the year, set against the events that carried it out. */
export function PlansPage({ onOpen }: { readonly onOpen: (requestId: string) => void }) {
  const { t } = useTranslation();
  const [year, setYear] = useState(() => Number(todayInShanghai().slice(0, 4)));
  const [chosen, setChosen] = useState<string | null>(null);
  const [view, reload] = useChannel('plans:list', { year });
  const units = view.state === 'ready' ? view.value.units : [];
  const selected =
    units.find((unit) => unit.unitId === chosen) ??
    (units.length === 1 ? units[0] : units.find((unit) => unit.items.length > 0));
  return (
    <section className="page page--broad plans">
      <div className="page__title">
        <h1>{t('scheduling.plans.title')}</h1>
        <YearSelect year={year} onChange={setYear} />
      </div>
      <p className="muted">{t('scheduling.plans.intro')}</p>
      {view.state === 'failed' && <ErrorMessage message={view.error.message} />}
      {units.length > 1 && (
        <table className="table">
          <caption className="visually-hidden">{t('scheduling.plans.summary')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('scheduling.columns.unit')}</th>
              <th scope="col">{t('scheduling.plans.planned')}</th>
              <th scope="col">{t('scheduling.plans.statuses.done')}</th>
              <th scope="col">{t('scheduling.plans.underway')}</th>
              <th scope="col">{t('scheduling.plans.statuses.missed')}</th>
              <th scope="col">{t('scheduling.plans.unplanned')}</th>
            </tr>
          </thead>
          <tbody>
            {units.map((unit) => (
              <tr key={unit.unitId} aria-current={unit === selected ? 'true' : undefined}>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => setChosen(unit.unitId)}
                  >
                    {unit.unitName}
                  </button>
                </td>
                <td>{unit.items.length || t('scheduling.plans.noPlan')}</td>
                <td>{count(unit, ['done'])}</td>
                <td>{count(unit, ['scheduled', 'inProgress'])}</td>
                <td>{count(unit, ['missed'])}</td>
                <td>{unit.unplanned.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {selected && view.state === 'ready' && (
        <PlanDetail
          key={`${selected.unitId}-${year}`}
          year={year}
          unit={selected}
          editable={view.value.editableUnitIds.includes(selected.unitId)}
          onSaved={reload}
          onOpen={onOpen}
        />
      )}
    </section>
  );
}
