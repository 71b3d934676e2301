import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { unitKinds, type Unit, type UnitKind } from '../../../../shared/domain/units.ts';
import { invoke } from '../../api.ts';
import { ErrorMessage, SelectField, TextField } from '../../components/Field.tsx';
import { useChannel } from '../../useChannel.ts';

export function UnitsPage() {
  const { t } = useTranslation();
  const [showRetired, setShowRetired] = useState(false);
  const [units, reload] = useChannel('units:list', { includeRetired: showRetired });
  const [name, setName] = useState('');
  const [kind, setKind] = useState<UnitKind>('department');
  const [error, setError] = useState<string | null>(null);

  async function run(call: Promise<{ ok: boolean; error?: { message: string } }>) {
    const result = await call;
    setError(result.ok ? null : (result.error?.message ?? null));
    reload();
    return result.ok;
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    if (await run(invoke('units:create', { name, kind }))) setName('');
  }

  function rename(unit: Unit) {
    const next = window.prompt(t('admin.units.rename'), unit.name);
    if (next && next !== unit.name)
      void run(invoke('units:rename', { unitId: unit.id, name: next }));
  }

  function retire(unit: Unit) {
    if (window.confirm(t('admin.units.retireConfirm', { name: unit.name }))) {
      void run(invoke('units:retire', { unitId: unit.id }));
    }
  }

  return (
    <section className="page page--broad">
      <h1>{t('admin.units.title')}</h1>
      <form className="row" onSubmit={add} aria-label={t('admin.units.add')}>
        <TextField
          label={t('setup.unitName')}
          value={name}
          required
          maxLength={100}
          onChange={(event) => setName(event.target.value)}
        />
        <SelectField
          label={t('setup.unitKind')}
          value={kind}
          onChange={(event) => setKind(event.target.value as UnitKind)}
        >
          {unitKinds.map((item) => (
            <option key={item} value={item}>
              {t(`unitKinds.${item}`)}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button button--primary">
          {t('admin.units.add')}
        </button>
      </form>
      <ErrorMessage message={error} />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={showRetired}
          onChange={(event) => setShowRetired(event.target.checked)}
        />
        {t('admin.units.showRetired')}
      </label>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('admin.units.columns.name')}</th>
            <th scope="col">{t('admin.units.columns.kind')}</th>
            <th scope="col">{t('admin.units.columns.status')}</th>
            <th scope="col">{t('admin.units.columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {units.state === 'ready' &&
            units.value.map((unit) => (
              <tr key={unit.id}>
                <td>{unit.name}</td>
                <td>{t(`unitKinds.${unit.kind}`)}</td>
                <td>{unit.retiredAt ? t('admin.units.retired') : t('admin.units.active')}</td>
                <td className="table__actions">
                  {!unit.retiredAt && (
                    <>
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={`${t('admin.units.rename')} ${unit.name}`}
                        onClick={() => rename(unit)}
                      >
                        {t('admin.units.rename')}
                      </button>
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={`${t('admin.units.retire')} ${unit.name}`}
                        onClick={() => retire(unit)}
                      >
                        {t('admin.units.retire')}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
        </tbody>
      </table>
    </section>
  );
}
