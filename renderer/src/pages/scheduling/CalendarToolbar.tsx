import { useTranslation } from 'react-i18next';
import {
  eventForms,
  requestStates,
  type EventForm,
  type RequestState,
} from '../../../../shared/domain/requests.ts';
import { SelectField } from '../../components/Field.tsx';
import { useChannel } from '../../useChannel.ts';
import { mondayOf, type CalendarMode } from './calendarDates.ts';
import { useScheduleLabels } from './useScheduleLabels.ts';
import { addDays } from '../../../../shared/rules/workingDays.ts';

export interface CalendarFilter {
  readonly unitId: string;
  readonly form: EventForm | '';
  readonly state: RequestState | '';
}

interface CalendarToolbarProps {
  readonly mode: CalendarMode;
  readonly anchor: string;
  readonly filter: CalendarFilter;
  readonly onMode: (mode: CalendarMode) => void;
  readonly onStep: (direction: 1 | -1) => void;
  readonly onToday: () => void;
  readonly onFilter: (filter: CalendarFilter) => void;
}

const modes: readonly CalendarMode[] = ['month', 'week', 'agenda'];

export function CalendarToolbar(props: CalendarToolbarProps) {
  const { t } = useTranslation();
  const labels = useScheduleLabels();
  const [units] = useChannel('units:list', {});
  const { mode, anchor, filter, onFilter } = props;
  const monday = mondayOf(anchor);
  const heading =
    mode === 'week'
      ? t('scheduling.calendar.weekLabel', {
          from: labels.day(monday),
          to: labels.day(addDays(monday, 6)),
        })
      : labels.month(anchor);
  return (
    <div className="schedule-toolbar">
      <div
        className="schedule-toolbar__nav"
        role="group"
        aria-label={t('scheduling.calendar.navigate')}
      >
        <button type="button" className="button" onClick={() => props.onStep(-1)}>
          {t(`scheduling.calendar.previous.${mode}`)}
        </button>
        <button type="button" className="button" onClick={props.onToday}>
          {t('scheduling.calendar.today')}
        </button>
        <button type="button" className="button" onClick={() => props.onStep(1)}>
          {t(`scheduling.calendar.next.${mode}`)}
        </button>
        <h2 className="schedule-toolbar__label" aria-live="polite">
          {heading}
        </h2>
      </div>
      <div
        className="schedule-toolbar__modes"
        role="group"
        aria-label={t('scheduling.calendar.mode')}
      >
        {modes.map((item) => (
          <button
            key={item}
            type="button"
            className="button button--small"
            aria-pressed={item === mode}
            onClick={() => props.onMode(item)}
          >
            {t(`scheduling.calendar.modes.${item}`)}
          </button>
        ))}
      </div>
      <div className="schedule-toolbar__filters">
        <SelectField
          label={t('scheduling.filter.unit')}
          value={filter.unitId}
          onChange={(event) => onFilter({ ...filter, unitId: event.target.value })}
        >
          <option value="">{t('scheduling.filter.allUnits')}</option>
          {units.state === 'ready' &&
            units.value.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
        </SelectField>
        <SelectField
          label={t('scheduling.filter.form')}
          value={filter.form}
          onChange={(event) => onFilter({ ...filter, form: event.target.value as EventForm | '' })}
        >
          <option value="">{t('scheduling.filter.allForms')}</option>
          {eventForms.map((form) => (
            <option key={form} value={form}>
              {t(`requests.forms.${form}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('scheduling.filter.state')}
          value={filter.state}
          onChange={(event) =>
            onFilter({ ...filter, state: event.target.value as RequestState | '' })
          }
        >
          <option value="">{t('scheduling.filter.plannedAndApproved')}</option>
          {requestStates.map((state) => (
            <option key={state} value={state}>
              {t(`requests.states.${state}`)}
            </option>
          ))}
        </SelectField>
      </div>
    </div>
  );
}
