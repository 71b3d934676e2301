import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { roles, type Role } from '../../../../shared/domain/roles.ts';
import type { Unit } from '../../../../shared/domain/units.ts';
import type { UserSummary } from '../../../../shared/domain/users.ts';
import { invoke } from '../../api.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorMessage, SelectField, TextField } from '../../components/Field.tsx';

interface UserFormProps {
  readonly user: UserSummary | null;
  readonly units: readonly Unit[];
  readonly onSaved: (user: UserSummary) => void;
  readonly onClose: () => void;
}

/** Adds a user (with a first password) or edits one's name, unit and roles. */
export function UserForm({ user, units, onSaved, onClose }: UserFormProps) {
  const { t } = useTranslation();
  const [username, setUsername] = useState(user?.username ?? '');
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [unitId, setUnitId] = useState(user?.unitId ?? units[0]?.id ?? '');
  const [chosenRoles, setChosenRoles] = useState<readonly Role[]>(user?.roles ?? ['drafter']);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);

  const toggleRole = (role: Role) =>
    setChosenRoles((current) =>
      current.includes(role) ? current.filter((item) => item !== role) : [...current, role],
    );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const common = { displayName, unitId: unitId || null, roles: [...chosenRoles] };
    const result = user
      ? await invoke('users:update', { userId: user.id, ...common })
      : await invoke('users:create', { username, password, ...common });
    if (result.ok) onSaved(result.value);
    else setError(result.error.message);
  }

  return (
    <Dialog title={user ? t('admin.users.edit') : t('admin.users.add')} onClose={onClose}>
      <form onSubmit={submit}>
        <TextField
          label={t('setup.username')}
          value={username}
          disabled={user !== null}
          required
          onChange={(event) => setUsername(event.target.value)}
        />
        <TextField
          label={t('setup.displayName')}
          value={displayName}
          required
          onChange={(event) => setDisplayName(event.target.value)}
        />
        <SelectField
          label={t('admin.users.unit')}
          value={unitId}
          onChange={(event) => setUnitId(event.target.value)}
        >
          <option value="">{t('admin.users.noUnit')}</option>
          {units.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name}
            </option>
          ))}
        </SelectField>
        <fieldset className="checkbox-group">
          <legend>{t('admin.users.rolesLegend')}</legend>
          {roles.map((role) => (
            <label key={role}>
              <input
                type="checkbox"
                checked={chosenRoles.includes(role)}
                onChange={() => toggleRole(role)}
              />
              {t(`roles.${role}`)}
            </label>
          ))}
        </fieldset>
        {!user && (
          <TextField
            label={t('setup.password')}
            hint={t('setup.passwordHint')}
            type="password"
            autoComplete="new-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        )}
        <ErrorMessage message={error} />
        <div className="actions">
          <button type="button" className="button" onClick={onClose}>
            {t('admin.users.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('admin.users.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
