import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../shared/contract/accountChannels.ts';
import { invoke, onSessionLost, type SessionLoss } from './api.ts';
import { SignedInApp } from './SignedInApp.tsx';
import { SetupPage } from './pages/SetupPage.tsx';
import { SignInPage } from './pages/SignInPage.tsx';
import { useChannel } from './useChannel.ts';

type SessionState =
  | { readonly kind: 'checking' }
  | { readonly kind: 'signedOut'; readonly loss: SessionLoss | null }
  | { readonly kind: 'signedIn'; readonly session: SessionInfo };

/** Decides between first-run setup, sign-in and the signed-in workbench. */
export function App() {
  const { t } = useTranslation();
  const [info, reloadInfo] = useChannel('app:info', {});
  const [state, setState] = useState<SessionState>({ kind: 'checking' });

  useEffect(() => {
    void invoke('session:current', {}).then((result) =>
      setState(
        result.ok && result.value
          ? { kind: 'signedIn', session: result.value }
          : { kind: 'signedOut', loss: null },
      ),
    );
    return onSessionLost((loss) => setState({ kind: 'signedOut', loss }));
  }, []);

  const signedIn = useCallback(
    (session: SessionInfo) => setState({ kind: 'signedIn', session }),
    [],
  );
  const signOut = useCallback(() => {
    void invoke('session:signOut', {}).then(() => setState({ kind: 'signedOut', loss: null }));
  }, []);
  const lock = useCallback(() => {
    void invoke('session:lock', {}).then(() =>
      setState({ kind: 'signedOut', loss: { reason: 'locked' } }),
    );
  }, []);

  if (info.state === 'failed') {
    return (
      <p className="splash splash--error" role="alert">
        {t('errors.generic', { message: info.error.message })}
      </p>
    );
  }
  if (info.state === 'loading' || state.kind === 'checking') {
    return <p className="splash">{t('app.loading')}</p>;
  }
  if (info.value.setupRequired && state.kind !== 'signedIn') {
    return (
      <SetupPage
        onDone={(session) => {
          reloadInfo();
          signedIn(session);
        }}
      />
    );
  }
  if (state.kind === 'signedOut') return <SignInPage loss={state.loss} onSignedIn={signedIn} />;
  return (
    <SignedInApp
      info={info.value}
      session={state.session}
      onSignOut={signOut}
      onIdle={lock}
      onSessionChanged={signedIn}
    />
  );
}
