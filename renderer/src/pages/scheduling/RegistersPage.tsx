import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Tabs } from '../../components/Tabs.tsx';
import type { RegistersView } from '../../../../shared/domain/schedulingRegisters.ts';
import { invoke } from '../../api.ts';
import { ErrorMessage, SelectField } from '../../components/Field.tsx';
import { useChannel } from '../../useChannel.ts';
import { RegisterEntryDialog } from './RegisterEntryDialog.tsx';
import { RegisterTable } from './RegisterTable.tsx';
import type { RegisterEntry, RegisterKind } from './registerSpecs.ts';
import { UnitProfiles } from './UnitProfiles.tsx';
import './scheduling.css';

type Tab = RegisterKind | 'profiles';
const tabs: readonly Tab[] = ['spokesperson', 'expert', 'account', 'profiles'];

const entriesOf = (view: RegistersView, kind: RegisterKind): readonly RegisterEntry[] =>
  kind === 'spokesperson' ? view.spokespersons : kind === 'expert' ? view.experts : view.accounts;

/**
 * 名单与备案: the spokesperson roster and the expert pool (filed with the news office), the
 * new-media accounts (filed with the information centre), each entry with its deadline.
 */
export function RegistersPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('spokesperson');
  const [unitId, setUnitId] = useState('');
  const [loaded, reload] = useChannel('registers:list', {});
  const [view, setView] = useState<RegistersView | null>(null);
  const [editing, setEditing] = useState<{ entry: RegisterEntry | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const current = view ?? (loaded.state === 'ready' ? loaded.value : null);
  if (loaded.state === 'failed') return <ErrorMessage message={loaded.error.message} />;
  if (!current) return null;
  const editableUnits = current.profiles.filter((unit) =>
    current.editableUnitIds.includes(unit.unitId),
  );
  const mine = (entries: readonly RegisterEntry[]) =>
    unitId ? entries.filter((entry) => entry.unitId === unitId) : entries;

  async function remove(kind: RegisterKind, entry: RegisterEntry) {
    if (!window.confirm(t('scheduling.registers.confirmRemove'))) return;
    const result = await invoke('registers:remove', { register: kind, id: entry.id });
    if (result.ok) setView(result.value);
    setError(result.ok ? null : result.error.message);
  }

  return (
    <section className="page page--broad registers">
      <div className="page__title">
        <h1>{t('scheduling.registers.title')}</h1>
        {tab !== 'profiles' && editableUnits.length > 0 && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setEditing({ entry: null })}
          >
            {t('scheduling.registers.add', { register: t(`scheduling.registers.tabs.${tab}`) })}
          </button>
        )}
      </div>
      <Tabs
        label={t('scheduling.registers.title')}
        tabs={tabs.map((id) => ({ id, label: t(`scheduling.registers.tabs.${id}`) }))}
        current={tab}
        onSelect={(id) => setTab(id as Tab)}
      >
        {current.profiles.length > 1 && (
          <div className="form-narrow">
            <SelectField
              label={t('scheduling.filter.unit')}
              value={unitId}
              onChange={(event) => setUnitId(event.target.value)}
            >
              <option value="">{t('scheduling.filter.allUnits')}</option>
              {current.profiles.map((unit) => (
                <option key={unit.unitId} value={unit.unitId}>
                  {unit.unitName}
                </option>
              ))}
            </SelectField>
          </div>
        )}
        <p className="muted">{t(`scheduling.registers.rules.${tab}`)}</p>
        <ErrorMessage message={error} />
        {tab === 'profiles' ? (
          <UnitProfiles
            view={current}
            profiles={current.profiles.filter((unit) => !unitId || unit.unitId === unitId)}
            onSaved={setView}
          />
        ) : (
          <RegisterTable
            kind={tab}
            entries={mine(entriesOf(current, tab))}
            editable={(entry) => current.editableUnitIds.includes(entry.unitId)}
            onEdit={(entry) => setEditing({ entry })}
            onRemove={(entry) => void remove(tab, entry)}
            canAdd={editableUnits.length > 0}
          />
        )}
      </Tabs>
      {editing && tab !== 'profiles' && (
        <RegisterEntryDialog
          kind={tab}
          entry={editing.entry}
          units={editableUnits}
          newsOffice={current.newsOffice}
          onClose={() => setEditing(null)}
          onSaved={(next) => {
            setEditing(null);
            setView(next);
            reload();
          }}
        />
      )}
    </section>
  );
}
