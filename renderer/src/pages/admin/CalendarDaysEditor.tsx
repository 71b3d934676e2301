import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api.ts';
import { ErrorMessage, SelectField, TextField } from '../../components/Field.tsx';
import { TextArea } from '../../components/TextArea.tsx';
import { useChannel } from '../../useChannel.ts';
import { DayField } from '../../components/dates/DayField.tsx';

/** The holidays and adjusted workdays that working-day counting (报批提前量) reads. */
export function CalendarDaysEditor() {
  const { t } = useTranslation();
  const [days, reload] = useChannel('calendar:list', {});
  const [date, setDate] = useState('');
  const [kind, setKind] = useState<'holiday' | 'workday'>('holiday');
  const [name, setName] = useState('');
  const [importText, setImportText] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run<T>(
    call: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
    done: (value: T) => void,
  ) {
    const result = await call;
    if (!result.ok) return setError(result.error.message);
    setError(null);
    done(result.value);
    reload();
  }

  const add = (event: FormEvent) => {
    event.preventDefault();
    void run(invoke('calendar:setDay', { date, kind, name }), () => setMessage(null));
  };
  const importDays = (event: FormEvent) => {
    event.preventDefault();
    void run(invoke('calendar:import', { text: importText }), (value) => {
      setImportText('');
      setMessage(t('admin.calendar.imported', { count: value.imported }));
    });
  };

  return (
    <section aria-labelledby="calendar-days-title">
      <h2 id="calendar-days-title">{t('admin.calendar.title')}</h2>
      <p className="muted">{t('admin.calendar.intro')}</p>
      <form className="row" onSubmit={add} aria-label={t('admin.calendar.add')}>
        <DayField label={t('admin.calendar.date')} required value={date} onChange={setDate} />
        <SelectField
          label={t('admin.calendar.kind')}
          value={kind}
          onChange={(event) => setKind(event.target.value as 'holiday' | 'workday')}
        >
          <option value="holiday">{t('admin.calendar.holiday')}</option>
          <option value="workday">{t('admin.calendar.workday')}</option>
        </SelectField>
        <TextField
          label={t('admin.calendar.name')}
          maxLength={50}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button button--primary">
          {t('admin.calendar.add')}
        </button>
      </form>
      <ErrorMessage message={error} />
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      {days.state === 'ready' && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('admin.calendar.date')}</th>
              <th scope="col">{t('admin.calendar.kind')}</th>
              <th scope="col">{t('admin.calendar.name')}</th>
              <th scope="col">{t('admin.users.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {days.value.map((day) => (
              <tr key={day.date}>
                <td>{day.date}</td>
                <td>
                  {day.kind === 'holiday'
                    ? t('admin.calendar.holiday')
                    : t('admin.calendar.workday')}
                </td>
                <td>{day.name}</td>
                <td>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={`${t('admin.calendar.remove')} ${day.date}`}
                    onClick={() =>
                      void run(invoke('calendar:removeDay', { date: day.date }), () => undefined)
                    }
                  >
                    {t('admin.calendar.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form onSubmit={importDays} className="form-medium">
        <TextArea
          label={t('admin.calendar.importLabel')}
          value={importText}
          rows={5}
          maxLength={200_000}
          onChange={setImportText}
        />
        <button type="submit" className="button">
          {t('admin.calendar.import')}
        </button>
      </form>
    </section>
  );
}
