import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { accountChannels, type SessionInfo } from '../../../shared/contract/accountChannels.ts';
import { unitKinds, type UnitKind } from '../../../shared/domain/units.ts';
import { invoke } from '../api.ts';
import { ErrorMessage, SelectField, TextField } from '../components/Field.tsx';
import { focusFirstProblem, problemsFrom, type FormProblems } from '../components/formProblems.ts';

interface UnitDraft {
  readonly key: number;
  readonly name: string;
  readonly kind: UnitKind;
}

const suggestedUnits: readonly Omit<UnitDraft, 'key'>[] = [
  { name: '县政府新闻办公室', kind: 'newsOffice' },
  { name: '县政府办公室', kind: 'countyOffice' },
  { name: '县政府信息中心', kind: 'infoCenter' },
];

/** First run: the office, its units and the first administrator. */
export function SetupPage({ onDone }: { readonly onDone: (session: SessionInfo) => void }) {
  const { t } = useTranslation();
  const [officeName, setOfficeName] = useState('');
  const [units, setUnits] = useState<UnitDraft[]>(
    suggestedUnits.map((unit, key) => ({ ...unit, key })),
  );
  const [adminUnitIndex, setAdminUnitIndex] = useState(0);
  const [admin, setAdmin] = useState({ username: '', displayName: '', password: '', confirm: '' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Problems show once the person has tried to finish, and then follow every change.
  const [attempted, setAttempted] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const payload = () => ({
    officeName,
    units: units.map(({ name, kind }) => ({ name, kind })),
    adminUnitIndex: Math.min(adminUnitIndex, units.length - 1),
    admin: { username: admin.username, displayName: admin.displayName, password: admin.password },
  });
  const problemsNow = (): FormProblems => ({
    ...problemsFrom(accountChannels['setup:initialize'].input, payload()),
    ...(admin.confirm !== admin.password ? { 'admin.confirm': t('setup.passwordsDiffer') } : {}),
  });
  const problems = attempted ? problemsNow() : {};
  const problemCount = Object.keys(problems).length;

  const updateUnit = (key: number, change: Partial<UnitDraft>) =>
    setUnits((all) => all.map((unit) => (unit.key === key ? { ...unit, ...change } : unit)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    setError(null);
    if (Object.keys(problemsNow()).length > 0) return focusFirstProblem(form.current);
    setBusy(true);
    const result = await invoke('setup:initialize', payload());
    setBusy(false);
    if (result.ok) onDone(result.value);
    else setError(result.error.message);
  }

  return (
    <main className="card-page">
      <form className="card card--wide" onSubmit={submit} noValidate ref={form}>
        <h1>{t('setup.title')}</h1>
        <p className="muted">{t('setup.intro')}</p>
        <TextField
          label={t('setup.officeName')}
          hint={t('setup.officeNameHint')}
          value={officeName}
          problem={problems['officeName']}
          required
          maxLength={100}
          onChange={(event) => setOfficeName(event.target.value)}
        />
        <fieldset>
          <legend>{t('setup.unitsTitle')}</legend>
          {units.map((unit, index) => (
            <div className="row" key={unit.key}>
              <TextField
                label={`${t('setup.unitName')} ${index + 1}`}
                value={unit.name}
                problem={problems[`units.${index}.name`]}
                required
                maxLength={100}
                onChange={(event) => updateUnit(unit.key, { name: event.target.value })}
              />
              <SelectField
                label={`${t('setup.unitKind')} ${index + 1}`}
                value={unit.kind}
                onChange={(event) => updateUnit(unit.key, { kind: event.target.value as UnitKind })}
              >
                {unitKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`unitKinds.${kind}`)}
                  </option>
                ))}
              </SelectField>
              <button
                type="button"
                className="button button--quiet"
                disabled={units.length === 1}
                aria-label={`${t('setup.removeUnit')} ${index + 1}`}
                onClick={() => setUnits((all) => all.filter((item) => item.key !== unit.key))}
              >
                ✕
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button"
            onClick={() =>
              setUnits((all) => [...all, { key: Date.now(), name: '', kind: 'department' }])
            }
          >
            {t('setup.addUnit')}
          </button>
        </fieldset>
        <fieldset>
          <legend>{t('setup.adminTitle')}</legend>
          <SelectField
            label={t('setup.adminUnit')}
            value={adminUnitIndex}
            onChange={(event) => setAdminUnitIndex(Number(event.target.value))}
          >
            {units.map((unit, index) => (
              <option key={unit.key} value={index}>
                {unit.name || `${t('setup.unitName')} ${index + 1}`}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('setup.username')}
            hint={t('setup.usernameHint')}
            autoComplete="username"
            problem={problems['admin.username']}
            required
            value={admin.username}
            onChange={(event) => setAdmin({ ...admin, username: event.target.value })}
          />
          <TextField
            label={t('setup.displayName')}
            required
            value={admin.displayName}
            problem={problems['admin.displayName']}
            onChange={(event) => setAdmin({ ...admin, displayName: event.target.value })}
          />
          <TextField
            label={t('setup.password')}
            hint={t('setup.passwordHint')}
            type="password"
            autoComplete="new-password"
            required
            value={admin.password}
            problem={problems['admin.password']}
            onChange={(event) => setAdmin({ ...admin, password: event.target.value })}
          />
          <TextField
            label={t('setup.confirmPassword')}
            type="password"
            autoComplete="new-password"
            required
            value={admin.confirm}
            problem={problems['admin.confirm']}
            onChange={(event) => setAdmin({ ...admin, confirm: event.target.value })}
          />
        </fieldset>
        <ErrorMessage
          message={problemCount > 0 ? t('setup.problemCount', { count: problemCount }) : error}
        />
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('setup.submit')}
        </button>
      </form>
    </main>
  );
}
