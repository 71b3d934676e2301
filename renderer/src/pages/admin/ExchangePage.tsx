import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorMessage, SelectField } from '../../components/Field.tsx';
import { TextArea } from '../../components/TextArea.tsx';
import { useChannel } from '../../useChannel.ts';
import { Fingerprint } from './Fingerprint.tsx';
import { HubSection } from './HubSection.tsx';
import { KeyCard } from './KeyCard.tsx';
import { useDateText } from '../../components/dates/useDateText.ts';

/** Keys and peers for the signed exchange between this installation and others. */
export function ExchangePage() {
  const { t } = useTranslation();
  const dates = useDateText();
  const [identity] = useChannel('exchange:identity', {});
  const [peers, reloadPeers] = useChannel('exchange:listPeers', { includeRevoked: true });
  const [units] = useChannel('units:list', {});
  const [quarantine] = useChannel('exchange:listQuarantine', {});
  const [history] = useChannel('exchange:history', { limit: 50 });
  const [card, setCard] = useState('');
  const [unitId, setUnitId] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const unitList = units.state === 'ready' ? units.value : [];
  const unitName = (id: string | null) => unitList.find((unit) => unit.id === id)?.name ?? '—';

  async function register(event: FormEvent) {
    event.preventDefault();
    const result = await invoke('exchange:registerPeer', { card, unitId: unitId || null });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setCard('');
    setMessage(
      t('admin.exchange.registered', {
        name: result.value.name,
        fingerprint: result.value.fingerprint,
      }),
    );
    reloadPeers();
  }

  async function revoke(installationId: string) {
    const result = await invoke('exchange:revokePeer', { installationId });
    setError(result.ok ? null : result.error.message);
    reloadPeers();
  }

  return (
    <section className="page page--wide">
      <h1>{t('admin.exchange.title')}</h1>
      <p className="muted">{t('admin.exchange.intro')}</p>
      <HubSection />
      <h2>{t('admin.exchange.identityTitle')}</h2>
      {identity.state === 'failed' && <ErrorMessage message={identity.error.message} />}
      {identity.state === 'ready' && <KeyCard identity={identity.value} />}
      <h2>{t('admin.exchange.registerTitle')}</h2>
      <form onSubmit={register} className="form-narrow form-medium">
        <TextArea
          label={t('admin.exchange.peerCard')}
          value={card}
          rows={3}
          maxLength={2000}
          onChange={setCard}
        />
        <SelectField
          label={t('admin.exchange.peerUnit')}
          value={unitId}
          onChange={(event) => setUnitId(event.target.value)}
        >
          <option value="">{t('admin.exchange.peerUnitNone')}</option>
          {unitList.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button button--primary">
          {t('admin.exchange.register')}
        </button>
      </form>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      <ErrorMessage message={error} />
      <h2>{t('admin.exchange.peersTitle')}</h2>
      <table className="table">
        <thead>
          <tr>
            {(['name', 'fingerprint', 'unit', 'registered', 'status', 'actions'] as const).map(
              (column) => (
                <th scope="col" key={column}>
                  {t(`admin.exchange.columns.${column}`)}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {peers.state === 'ready' &&
            peers.value.map((peer) => (
              <tr key={`${peer.installationId}-${peer.registeredAt}`}>
                <td>{peer.name}</td>
                <td>
                  <Fingerprint value={peer.fingerprint} />
                </td>
                <td>{unitName(peer.unitId)}</td>
                <td>{dates.dayTime(peer.registeredAt)}</td>
                <td>{peer.revokedAt ? t('admin.exchange.revoked') : t('admin.exchange.active')}</td>
                <td>
                  {!peer.revokedAt && (
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => void revoke(peer.installationId)}
                    >
                      {t('admin.exchange.revoke')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
        </tbody>
      </table>
      {peers.state === 'ready' && peers.value.length === 0 && (
        <EmptyState
          purpose={t('admin.exchange.peersEmptyPurpose')}
          hint={t('admin.exchange.peersEmptyHint')}
        />
      )}
      <h2>{t('admin.exchange.quarantineTitle')}</h2>
      {quarantine.state === 'ready' && quarantine.value.length === 0 && (
        <EmptyState
          purpose={t('admin.exchange.quarantineEmptyPurpose')}
          hint={t('admin.exchange.quarantineEmptyHint')}
        />
      )}
      {quarantine.state === 'ready' && quarantine.value.length > 0 && (
        <ul>
          {quarantine.value.map((item) => (
            <li key={item.recordId}>
              {item.originName} · #{item.seq} · {item.kind} · {item.fileName} ·{' '}
              {dates.dayTime(item.quarantinedAt)}
            </li>
          ))}
        </ul>
      )}
      <h2>{t('admin.exchange.historyTitle')}</h2>
      {history.state === 'ready' && history.value.length === 0 && (
        <EmptyState
          purpose={t('admin.exchange.historyEmptyPurpose')}
          hint={t('admin.exchange.historyEmptyHint')}
        />
      )}
      {history.state === 'ready' && history.value.length > 0 && (
        <ul className="history-list">
          {history.value.map((entry) => (
            <li key={entry.recordId}>
              {dates.dayTime(entry.recordedAt)} ·{' '}
              {entry.direction === 'sent'
                ? `${t('admin.exchange.sent')} → ${entry.recipientName}`
                : `${t('admin.exchange.received')} ← ${entry.originName}`}{' '}
              · {entry.kind} #{entry.seq}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
