import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistItemTemplate } from '../../../../../shared/domain/materialClearance.ts';
import { roles, type Role } from '../../../../../shared/domain/roles.ts';
import { invoke } from '../../../api.ts';
import { ErrorMessage, SelectField, TextField } from '../../../components/Field.tsx';
import { useChannel } from '../../../useChannel.ts';
import '../materials.css';

/** The clearance checklist: items, required or recommended, who may sign each, when it applies. */
export function ChecklistPage() {
  const { t } = useTranslation();
  const [loaded] = useChannel('checklist:get', {});
  if (loaded.state === 'failed') return <ErrorMessage message={loaded.error.message} />;
  if (loaded.state === 'loading') return null;
  return (
    <section className="page page--wide">
      <h1>{t('materials.admin.checklist.title')}</h1>
      <p className="muted">{t('materials.admin.checklist.intro')}</p>
      <ChecklistForm initial={loaded.value} />
    </section>
  );
}

function ChecklistForm({ initial }: { readonly initial: readonly ChecklistItemTemplate[] }) {
  const { t } = useTranslation();
  const [items, setItems] = useState<ChecklistItemTemplate[]>([...initial]);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const change = (index: number, patch: Partial<ChecklistItemTemplate>) =>
    setItems((list) => list.map((item, at) => (at === index ? { ...item, ...patch } : item)));
  const move = (index: number, by: number) =>
    setItems((list) => {
      const next = [...list];
      const [item] = next.splice(index, 1);
      if (item) next.splice(index + by, 0, item);
      return next;
    });
  const toggleRole = (index: number, role: Role) => {
    const current = items[index]?.roles ?? [];
    change(index, {
      roles: current.includes(role) ? current.filter((r) => r !== role) : [...current, role],
    });
  };

  async function save() {
    const result = await invoke('checklist:save', { items });
    setError(result.ok ? null : result.error.message);
    setMessage(result.ok ? t('materials.admin.checklist.saved') : null);
  }

  return (
    <>
      <ol className="checklist-editor">
        {items.map((item, index) => (
          <li key={item.id} className="checklist-editor__item">
            <TextField
              label={t('materials.admin.checklist.label')}
              value={item.label}
              maxLength={100}
              onChange={(event) => change(index, { label: event.target.value })}
            />
            <TextField
              label={t('materials.admin.checklist.guidance')}
              value={item.guidance}
              maxLength={500}
              onChange={(event) => change(index, { guidance: event.target.value })}
            />
            <label className="checkbox">
              <input
                type="checkbox"
                checked={item.required}
                onChange={(event) => change(index, { required: event.target.checked })}
              />
              {t('materials.admin.checklist.required')}
            </label>
            <SelectField
              label={t('materials.admin.checklist.appliesWhen')}
              value={item.appliesWhen}
              onChange={(event) =>
                change(index, {
                  appliesWhen: event.target.value as ChecklistItemTemplate['appliesWhen'],
                })
              }
            >
              <option value="always">{t('materials.admin.checklist.always')}</option>
              <option value="otherAgencies">{t('materials.admin.checklist.otherAgencies')}</option>
            </SelectField>
            <fieldset className="checklist-editor__roles">
              <legend>{t('materials.admin.checklist.roles')}</legend>
              {roles.map((role) => (
                <label key={role} className="checkbox">
                  <input
                    type="checkbox"
                    checked={item.roles.includes(role)}
                    onChange={() => toggleRole(index, role)}
                  />
                  {t(`roles.${role}`)}
                </label>
              ))}
            </fieldset>
            <div className="actions">
              <button
                type="button"
                className="button button--small"
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                {t('materials.admin.checklist.up')}
              </button>
              <button
                type="button"
                className="button button--small"
                disabled={index === items.length - 1}
                onClick={() => move(index, 1)}
              >
                {t('materials.admin.checklist.down')}
              </button>
              <button
                type="button"
                className="button button--small button--quiet"
                onClick={() => setItems((list) => list.filter((_, at) => at !== index))}
              >
                {t('materials.admin.checklist.remove')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <ErrorMessage message={error} />
      {message && <p role="status">{message}</p>}
      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() =>
            setItems((list) => [
              ...list,
              {
                id: `item-${Date.now().toString(36)}`,
                label: '',
                guidance: '',
                required: false,
                roles: [],
                appliesWhen: 'always',
              },
            ])
          }
        >
          {t('materials.admin.checklist.add')}
        </button>
        <button type="button" className="button button--primary" onClick={() => void save()}>
          {t('materials.admin.checklist.save')}
        </button>
      </div>
    </>
  );
}
