import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../../shared/domain/users.ts';
import { invoke } from '../../api.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorMessage, SelectField } from '../../components/Field.tsx';
import { filterChange, ListFilters } from '../../components/ListFilters.tsx';
import { Pager } from '../../components/Pager.tsx';
import { useChannel } from '../../useChannel.ts';
import { useHashPage } from '../../useHashPage.ts';
import { ResetPasswordForm } from './ResetPasswordForm.tsx';
import { UserForm } from './UserForm.tsx';

type Editing =
  { readonly kind: 'new' } | { readonly kind: 'edit' | 'password'; readonly user: UserSummary };

const pageSize = 50;

/** The users, by user name or name and unit, paged in main; the filter lives in the address. */
export function UsersPage() {
  const { t } = useTranslation();
  const paging = useHashPage(pageSize);
  const { params, change } = paging;
  const unitFilter = params.get('unit') ?? '';
  const [loaded, reloadUsers] = useChannel('users:page', {
    keyword: params.get('keyword') ?? undefined,
    unitId: unitFilter || undefined,
    limit: pageSize,
    offset: paging.offset,
  });
  const users =
    loaded.state === 'ready' ? { state: 'ready' as const, value: loaded.value.items } : loaded;
  const total = loaded.state === 'ready' ? loaded.value.total : 0;
  const { filtered } = paging;
  const [units] = useChannel('units:list', {});
  const [editing, setEditing] = useState<Editing | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const unitList = units.state === 'ready' ? units.value : [];
  const unitName = (id: string | null) => unitList.find((unit) => unit.id === id)?.name ?? '—';

  async function toggleDisabled(user: UserSummary) {
    const result = await invoke('users:setDisabled', { userId: user.id, disabled: !user.disabled });
    setError(result.ok ? null : result.error.message);
    reloadUsers();
  }

  const done = (text: string) => {
    setEditing(null);
    setError(null);
    setMessage(text);
    reloadUsers();
  };

  return (
    <section className="page page--broad">
      <div className="page__title">
        <h1>{t('admin.users.title')}</h1>
        <button
          type="button"
          className="button button--primary"
          onClick={() => setEditing({ kind: 'new' })}
        >
          {t('admin.users.add')}
        </button>
      </div>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      <ErrorMessage message={error} />
      {users.state === 'failed' && <ErrorMessage message={users.error.message} />}
      <ListFilters
        params={params}
        onChange={change}
        keywordLabel={t('admin.users.keyword')}
        keywordHint={t('admin.users.keywordHint')}
        dates={false}
      >
        <SelectField
          label={t('admin.users.unitFilter')}
          value={unitFilter}
          onChange={(event) => change(filterChange({ unit: event.target.value }))}
        >
          <option value="">{t('admin.users.allUnits')}</option>
          {unitList.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name}
            </option>
          ))}
        </SelectField>
      </ListFilters>
      {loaded.state === 'ready' && total === 0 && (
        <EmptyState
          purpose={filtered ? t('admin.users.noMatch') : t('admin.users.emptyPurpose')}
          hint={filtered ? t('admin.users.noMatchHint') : t('admin.users.emptyHint')}
          action={
            filtered ? (
              <button
                type="button"
                className="button"
                onClick={() =>
                  change(Object.fromEntries([...params.keys()].map((key) => [key, null])))
                }
              >
                {t('lists.clear')}
              </button>
            ) : undefined
          }
        />
      )}
      {total > 0 && <Pager {...paging.pagerFor(total)} />}
      {total > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('admin.users.columns.username')}</th>
              <th scope="col">{t('admin.users.columns.name')}</th>
              <th scope="col">{t('admin.users.columns.unit')}</th>
              <th scope="col">{t('admin.users.columns.roles')}</th>
              <th scope="col">{t('admin.users.columns.status')}</th>
              <th scope="col">{t('admin.users.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {users.state === 'ready' &&
              users.value.map((user) => (
                <tr key={user.id}>
                  <td>{user.username}</td>
                  <td>{user.displayName}</td>
                  <td>{unitName(user.unitId)}</td>
                  <td>
                    {user.roles.map((role) => t(`roles.${role}`)).join(t('lists.enumeration'))}
                  </td>
                  <td>{user.disabled ? t('admin.users.disabled') : t('admin.users.active')}</td>
                  <td className="table__actions">
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={`${t('admin.users.edit')} ${user.username}`}
                      onClick={() => setEditing({ kind: 'edit', user })}
                    >
                      {t('admin.users.edit')}
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={`${t('admin.users.resetPassword')} ${user.username}`}
                      onClick={() => setEditing({ kind: 'password', user })}
                    >
                      {t('admin.users.resetPassword')}
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={`${user.disabled ? t('admin.users.enable') : t('admin.users.disable')} ${user.username}`}
                      onClick={() => void toggleDisabled(user)}
                    >
                      {user.disabled ? t('admin.users.enable') : t('admin.users.disable')}
                    </button>
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
      {editing?.kind === 'password' ? (
        <ResetPasswordForm
          user={editing.user}
          onClose={() => setEditing(null)}
          onDone={() => done(t('admin.users.passwordReset', { name: editing.user.displayName }))}
        />
      ) : editing ? (
        <UserForm
          user={editing.kind === 'edit' ? editing.user : null}
          units={unitList}
          onClose={() => setEditing(null)}
          onSaved={(user) =>
            done(
              editing.kind === 'new'
                ? t('admin.users.created', { name: user.displayName })
                : t('admin.users.saved'),
            )
          }
        />
      ) : null}
    </section>
  );
}
