import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../../shared/contract/accountChannels.ts';
import { invoke, type SessionLoss } from '../api.ts';
import { ErrorMessage, TextField } from '../components/Field.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';

interface SignInPageProps {
  /** How the last session ended, when it did not end by signing out. */
  readonly loss: SessionLoss | null;
  readonly onSignedIn: (session: SessionInfo) => void;
}

export function SignInPage({ loss, onSignedIn }: SignInPageProps) {
  const { t } = useTranslation();
  const notice =
    loss?.reason === 'locked' ? t('signIn.locked') : loss?.reason === 'ended' ? loss.message : null;
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await invoke('session:signIn', { username, password });
    setBusy(false);
    if (result.ok) onSignedIn(result.value);
    else {
      setPassword('');
      setError(result.error.message);
    }
  }

  return (
    <main className="card-page">
      <form className="card" onSubmit={submit} aria-labelledby="sign-in-title">
        <div className="card__corner">
          <LanguageSwitch />
        </div>
        <p className="card__brand">{t('app.name')}</p>
        <h1 id="sign-in-title">{t('signIn.title')}</h1>
        {notice && (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
        <TextField
          label={t('signIn.username')}
          autoComplete="username"
          autoFocus
          required
          value={username}
          onChange={(event) => setUsername(event.target.value)}
        />
        <TextField
          label={t('signIn.password')}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <ErrorMessage message={error} />
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('signIn.submit')}
        </button>
      </form>
    </main>
  );
}
