import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubStatus } from '../../../../shared/contract/exchangeChannels.ts';
import { hubAddressMaxLength } from '../../../../shared/contract/exchangeChannels.ts';
import { formatDayTime, type DateLanguage } from '../../../../shared/text/chineseDates.ts';
import { invoke } from '../../api.ts';
import { ErrorMessage, TextField } from '../../components/Field.tsx';
import { useChannel } from '../../useChannel.ts';
import './hubSection.css';

const refreshEveryMs = 5000;

const badgeOf: Readonly<Record<HubStatus['state'], string>> = {
  off: 'badge badge--neutral',
  connecting: 'badge badge--pending',
  connected: 'badge badge--good',
  offline: 'badge badge--bad',
};

/** 交换中心: the hub's address, whether it is reached, and what waits to go per office. */
export function HubSection() {
  const { t, i18n } = useTranslation();
  const language: DateLanguage = i18n.language.startsWith('en') ? 'en' : 'zh';
  const [loaded, reload] = useChannel('exchange:hubStatus', {});
  const [address, setAddress] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [syncing, setSyncing] = useState(false);

  useEffect(() => {
    const timer = setInterval(reload, refreshEveryMs);
    return () => clearInterval(timer);
  }, [reload]);

  const shown = loaded.state === 'ready' ? loaded.value : null;
  const at = (value: string | null) => formatDayTime(value, { language });

  async function save(event: FormEvent) {
    event.preventDefault();
    const text = address ?? shown?.address ?? '';
    const result = await invoke('exchange:setHubAddress', { address: text });
    if (!result.ok) {
      setMessage(null);
      return setError(result.error.message);
    }
    setError(null);
    const changed = result.value.address !== (shown?.address ?? null);
    setMessage(
      !changed ? t('hub.unchanged') : result.value.address ? t('hub.saved') : t('hub.cleared'),
    );
    reload();
    setAddress(null);
  }

  async function syncNow() {
    setSyncing(true);
    const result = await invoke('exchange:hubSyncNow', {});
    setSyncing(false);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    reload();
  }

  if (loaded.state === 'failed') return <ErrorMessage message={loaded.error.message} />;
  return (
    <section className="hub-section" aria-labelledby="hub-title">
      <h2 id="hub-title">{t('hub.title')}</h2>
      <p className="muted">{t('hub.intro')}</p>
      <form onSubmit={save} className="hub-section__form">
        <TextField
          label={t('hub.address')}
          hint={t('hub.addressHint')}
          value={address ?? shown?.address ?? ''}
          maxLength={hubAddressMaxLength}
          inputMode="url"
          spellCheck={false}
          onChange={(event) => setAddress(event.target.value)}
        />
        <button type="submit" className="button button--primary">
          {t('hub.save')}
        </button>
      </form>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      <ErrorMessage message={error} />
      {shown && (
        <>
          <dl className="hub-section__state">
            <dt>{t('hub.state')}</dt>
            <dd>
              <span className={badgeOf[shown.state]}>
                {shown.state === 'offline' && shown.offlineSince
                  ? t('hub.offlineSince', { at: at(shown.offlineSince) })
                  : t(`hub.states.${shown.state}`)}
              </span>
            </dd>
            <dt>{t('hub.lastSync')}</dt>
            <dd>{shown.lastSyncAt ? at(shown.lastSyncAt) : t('hub.never')}</dd>
            {shown.lastError && (
              <>
                <dt>{t('hub.lastError')}</dt>
                <dd className="hub-section__problem">{shown.lastError}</dd>
              </>
            )}
          </dl>
          {shown.address && (
            <button
              type="button"
              className="button"
              disabled={syncing}
              onClick={() => void syncNow()}
            >
              {syncing ? t('hub.syncing') : t('hub.syncNow')}
            </button>
          )}
          <h3>{t('hub.peersTitle')}</h3>
          {shown.peers.length === 0 ? (
            <p className="muted">{t('hub.noPeers')}</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  {(['name', 'waiting', 'received', 'lastReceived', 'problem'] as const).map(
                    (column) => (
                      <th scope="col" key={column}>
                        {t(`hub.columns.${column}`)}
                      </th>
                    ),
                  )}
                </tr>
              </thead>
              <tbody>
                {shown.peers.map((peer) => (
                  <tr key={peer.installationId}>
                    <td>{peer.name}</td>
                    <td>{peer.waiting}</td>
                    <td>{peer.received}</td>
                    <td>{peer.lastReceivedAt ? at(peer.lastReceivedAt) : '—'}</td>
                    <td className="hub-section__problem">{peer.error ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
