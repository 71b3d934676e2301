import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  concernLevels,
  concernSources,
  type ConcernLevel,
  type ConcernSource,
} from '../../../../shared/domain/concerns.ts';
import { fromShanghaiInput, toShanghaiInput } from '../../../../shared/rules/shanghaiTime.ts';
import { invoke } from '../../api.ts';
import { DateTimeField } from '../../components/dates/DateTimeField.tsx';
import { useDateText } from '../../components/dates/useDateText.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorMessage, SelectField } from '../../components/Field.tsx';
import { useCan } from '../../session.tsx';
import { useChannel } from '../../useChannel.ts';
import { useCountdownText } from './ConcernCountdown.tsx';
import './concerns.css';

/** The 舆情 register (#/concerns): the items this user may see; the news office registers new ones. */
export function ConcernsPage({ navigate }: { readonly navigate: (route: string) => void }) {
  const { t } = useTranslation();
  const dates = useDateText();
  const manages = useCan('concerns.manage');
  const [list] = useChannel('concerns:list', {});
  const [registering, setRegistering] = useState(false);
  const countdown = useCountdownText();
  return (
    <section className="page page--broad concerns">
      <div className="page__title">
        <h1>{t('concerns.title')}</h1>
        {manages && !registering && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setRegistering(true)}
          >
            {t('concerns.register')}
          </button>
        )}
      </div>
      <p className="muted">{t('concerns.intro')}</p>
      {registering && (
        <RegisterForm
          onCancel={() => setRegistering(false)}
          onDone={(id) => navigate(`concerns/${id}`)}
        />
      )}
      {list.state === 'failed' && <ErrorMessage message={list.error.message} />}
      {list.state === 'ready' &&
        (list.value.length === 0 ? (
          <EmptyState purpose={t('concerns.empty')} hint={t('concerns.emptyHint')} />
        ) : (
          <table className="table">
            <caption className="visually-hidden">{t('concerns.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('concerns.columns.summary')}</th>
                <th scope="col">{t('concerns.columns.level')}</th>
                <th scope="col">{t('concerns.columns.firstSeen')}</th>
                <th scope="col">{t('concerns.columns.units')}</th>
                <th scope="col">{t('concerns.columns.clock')}</th>
              </tr>
            </thead>
            <tbody>
              {list.value.map((item) => (
                <tr key={item.id} className={item.overdue ? 'todo-row--late' : undefined}>
                  <td>
                    <button
                      type="button"
                      className="link-button concerns__summary"
                      onClick={() => navigate(`concerns/${item.id}`)}
                    >
                      {item.summary.split('\n')[0]}
                    </button>
                    {item.overdue && (
                      <span className="badge badge--bad">{t('concerns.overdue')}</span>
                    )}
                  </td>
                  <td>{t(`concerns.levels.${item.level}`)}</td>
                  <td>{dates.dayTime(item.firstSeenAt, { weekday: true })}</td>
                  <td>
                    {item.units.map((unit) => unit.name).join(t('punctuation.listSeparator'))}
                  </td>
                  <td data-testid="concern-clock-cell">{countdown(item)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </section>
  );
}

function RegisterForm({
  onCancel,
  onDone,
}: {
  readonly onCancel: () => void;
  readonly onDone: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [units] = useChannel('units:list', {});
  const [source, setSource] = useState<ConcernSource>('internet');
  const [level, setLevel] = useState<ConcernLevel>('general');
  const [firstSeen, setFirstSeen] = useState(() => toShanghaiInput(new Date().toISOString()));
  const [summary, setSummary] = useState('');
  const [links, setLinks] = useState('');
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [clockMarked, setClockMarked] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit() {
    const result = await invoke('concerns:register', {
      source,
      level,
      firstSeenAt: fromShanghaiInput(firstSeen) ?? '',
      summary,
      links: links
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
      unitIds,
      clockMarked,
    });
    if (!result.ok) return setError(result.error.message);
    onDone(result.value.id);
  }

  return (
    <form
      className="card concerns__form"
      aria-label={t('concerns.register')}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <div className="concerns__row">
        <SelectField
          label={t('concerns.fields.source')}
          value={source}
          onChange={(event) => setSource(event.target.value as ConcernSource)}
        >
          {concernSources.map((value) => (
            <option key={value} value={value}>
              {t(`concerns.sources.${value}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('concerns.fields.level')}
          value={level}
          onChange={(event) => setLevel(event.target.value as ConcernLevel)}
        >
          {concernLevels.map((value) => (
            <option key={value} value={value}>
              {t(`concerns.levels.${value}`)}
            </option>
          ))}
        </SelectField>
        <DateTimeField
          label={t('concerns.fields.firstSeenAt')}
          value={firstSeen}
          onChange={setFirstSeen}
          required
        />
      </div>
      <div className="field">
        <label htmlFor="concern-summary">{t('concerns.fields.summary')}</label>
        <textarea
          id="concern-summary"
          rows={3}
          value={summary}
          onChange={(event) => setSummary(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="concern-links">{t('concerns.fields.links')}</label>
        <textarea
          id="concern-links"
          rows={2}
          value={links}
          onChange={(event) => setLinks(event.target.value)}
        />
      </div>
      <fieldset className="field concerns__units">
        <legend>{t('concerns.fields.units')}</legend>
        {units.state === 'ready' &&
          units.value.map((unit) => (
            <label key={unit.id} className="checkbox">
              <input
                type="checkbox"
                checked={unitIds.includes(unit.id)}
                onChange={(event) =>
                  setUnitIds((ids) =>
                    event.target.checked ? [...ids, unit.id] : ids.filter((id) => id !== unit.id),
                  )
                }
              />{' '}
              {unit.name}
            </label>
          ))}
      </fieldset>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={clockMarked}
          onChange={(event) => setClockMarked(event.target.checked)}
        />{' '}
        {t('concerns.fields.clockMarked')}
      </label>
      <ErrorMessage message={error} />
      <div className="actions">
        <button type="submit" className="button button--primary">
          {t('concerns.actions.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('concerns.actions.cancel')}
        </button>
      </div>
    </form>
  );
}
