import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../shared/contract/accountChannels.ts';
import { unitKinds, type UnitKind } from '../../../shared/domain/units.ts';
import { invoke } from '../api.ts';
import { ErrorMessage, SelectField, TextField } from '../components/Field.tsx';

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

  const updateUnit = (key: number, change: Partial<UnitDraft>) =>
    setUnits((all) => all.map((unit) => (unit.key === key ? { ...unit, ...change } : unit)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (admin.password !== admin.confirm) return setError(t('setup.passwordsDiffer'));
    setBusy(true);
    const result = await invoke('setup:initialize', {
      officeName,
      units: units.map(({ name, kind }) => ({ name, kind })),
      adminUnitIndex: Math.min(adminUnitIndex, units.length - 1),
      admin: { username: admin.username, displayName: admin.displayName, password: admin.password },
    });
    setBusy(false);
    if (result.ok) onDone(result.value);
    else setError(result.error.message);
  }

  return (
    <main className="card-page">
      <form className="card card--wide" onSubmit={submit}>
        <h1>{t('setup.title')}</h1>
        <p className="muted">{t('setup.intro')}</p>
        <TextField
          label={t('setup.officeName')}
          hint={t('setup.officeNameHint')}
          value={officeName}
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
            required
            value={admin.username}
            onChange={(event) => setAdmin({ ...admin, username: event.target.value })}
          />
          <TextField
            label={t('setup.displayName')}
            required
            value={admin.displayName}
            onChange={(event) => setAdmin({ ...admin, displayName: event.target.value })}
          />
          <TextField
            label={t('setup.password')}
            hint={t('setup.passwordHint')}
            type="password"
            autoComplete="new-password"
            required
            value={admin.password}
            onChange={(event) => setAdmin({ ...admin, password: event.target.value })}
          />
          <TextField
            label={t('setup.confirmPassword')}
            type="password"
            autoComplete="new-password"
            required
            value={admin.confirm}
            onChange={(event) => setAdmin({ ...admin, confirm: event.target.value })}
          />
        </fieldset>
        <ErrorMessage message={error} />
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('setup.submit')}
        </button>
      </form>
    </main>
  );
}
