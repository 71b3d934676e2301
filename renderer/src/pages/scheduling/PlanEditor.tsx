import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { eventForms, type EventForm } from '../../../../shared/domain/requests.ts';
import type { UnitPlanView } from '../../../../shared/domain/schedulingPlans.ts';
import { invoke } from '../../api.ts';
import { ErrorMessage, SelectField, TextField } from '../../components/Field.tsx';
import { quarterName } from './complianceLabels.ts';

interface Line {
  readonly id?: string;
  readonly quarter: number;
  readonly form: EventForm;
  readonly topic: string;
  readonly note: string;
  readonly requestId: string | null;
}

interface PlanEditorProps {
  readonly year: number;
  readonly unit: UnitPlanView;
  readonly onCancel: () => void;
  readonly onSaved: () => void;
}

/** Edits a unit's plan as a list of lines; saving replaces the plan for the year. */
export function PlanEditor({ year, unit, onCancel, onSaved }: PlanEditorProps) {
  const { t } = useTranslation();
  const [lines, setLines] = useState<Line[]>(() =>
    unit.items.map(({ id, quarter, form, topic, note, requestId }) => ({
      id,
      quarter,
      form,
      topic,
      note,
      requestId,
    })),
  );
  const [error, setError] = useState<string | null>(null);
  const events = [
    ...unit.items.flatMap((item) => (item.event ? [item.event] : [])),
    ...unit.unplanned,
  ];
  const update = (index: number, changes: Partial<Line>) =>
    setLines(lines.map((line, at) => (at === index ? { ...line, ...changes } : line)));

  async function save(form: FormEvent) {
    form.preventDefault();
    const result = await invoke('plans:save', { unitId: unit.unitId, year, items: lines });
    if (result.ok) onSaved();
    else setError(result.error.message);
  }

  return (
    <form
      onSubmit={(form) => void save(form)}
      aria-label={t('scheduling.plans.editTitle', { unit: unit.unitName, year })}
    >
      <h2>{t('scheduling.plans.editTitle', { unit: unit.unitName, year })}</h2>
      {lines.map((line, index) => (
        <fieldset key={line.id ?? `new-${index}`} className="plan-line">
          <legend>{t('scheduling.plans.line', { number: index + 1 })}</legend>
          <SelectField
            label={t('scheduling.plans.quarter')}
            value={line.quarter}
            onChange={(event) => update(index, { quarter: Number(event.target.value) })}
          >
            {[1, 2, 3, 4].map((quarter) => (
              <option key={quarter} value={quarter}>
                {quarterName(t, quarter)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('scheduling.columns.form')}
            value={line.form}
            onChange={(event) => update(index, { form: event.target.value as EventForm })}
          >
            {eventForms.map((form) => (
              <option key={form} value={form}>
                {t(`requests.forms.${form}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('scheduling.plans.topic')}
            required
            maxLength={200}
            value={line.topic}
            onChange={(event) => update(index, { topic: event.target.value })}
          />
          <TextField
            label={t('scheduling.plans.note')}
            maxLength={1000}
            value={line.note}
            onChange={(event) => update(index, { note: event.target.value })}
          />
          <SelectField
            label={t('scheduling.plans.link')}
            value={line.requestId ?? ''}
            onChange={(event) => update(index, { requestId: event.target.value || null })}
          >
            <option value="">{t('scheduling.plans.autoMatch')}</option>
            {events.map((event) => (
              <option key={event.requestId} value={event.requestId}>
                {event.title}
              </option>
            ))}
          </SelectField>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setLines(lines.filter((_line, at) => at !== index))}
          >
            {t('scheduling.plans.removeLine', { number: index + 1 })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button"
        onClick={() =>
          setLines([
            ...lines,
            { quarter: 1, form: 'pressConference', topic: '', note: '', requestId: null },
          ])
        }
      >
        {t('scheduling.plans.addLine')}
      </button>
      <ErrorMessage message={error} />
      <div className="actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('requests.dialog.cancel')}
        </button>
        <button type="submit" className="button button--primary">
          {t('scheduling.plans.save')}
        </button>
      </div>
    </form>
  );
}
