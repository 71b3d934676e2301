import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../../../shared/domain/users.ts';
import { invoke } from '../../api.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorMessage, TextField } from '../../components/Field.tsx';

interface ResetPasswordFormProps {
  readonly user: UserSummary;
  readonly onDone: () => void;
  readonly onClose: () => void;
}

export function ResetPasswordForm({ user, onDone, onClose }: ResetPasswordFormProps) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await invoke('users:resetPassword', { userId: user.id, newPassword: password });
    if (result.ok) onDone();
    else setError(result.error.message);
  }

  return (
    <Dialog title={`${t('admin.users.resetPassword')}:${user.displayName}`} onClose={onClose}>
      <form onSubmit={submit}>
        <TextField
          label={t('admin.users.newPassword')}
          hint={t('setup.passwordHint')}
          type="password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
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
