import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsistencyFinding } from '../../../../shared/domain/materialConsistency.ts';
import { invoke } from '../../api.ts';
import { ErrorMessage } from '../../components/Field.tsx';

/** Figures, dates and unit names the event's materials state differently, with both places. */
export function ConsistencyPanel({
  requestId,
  beforeCheck,
}: {
  readonly requestId: string;
  readonly beforeCheck: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [findings, setFindings] = useState<readonly ConsistencyFinding[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function check() {
    await beforeCheck();
    const result = await invoke('materials:consistency', { requestId });
    if (result.ok) setFindings(result.value);
    else setError(result.error.message);
  }
  const place = (finding: ConsistencyFinding['first']) =>
    `${t(`materials.kinds.${finding.material}`)} · ${finding.location}`;
  return (
    <div className="consistency">
      <p className="muted">{t('materials.consistency.intro')}</p>
      <button type="button" className="button button--small" onClick={() => void check()}>
        {t('materials.consistency.check')}
      </button>
      <ErrorMessage message={error} />
      {findings && findings.length === 0 && <p role="status">{t('materials.consistency.none')}</p>}
      {findings && findings.length > 0 && (
        <ul className="consistency__findings" aria-label={t('materials.consistency.title')}>
          {findings.map((finding, index) => (
            <li key={index} className="consistency__finding">
              <div>
                <span className="badge badge--pending">
                  {t(`materials.consistency.kinds.${finding.kind}`)}
                </span>{' '}
                <strong>{finding.subject}</strong>
              </div>
              <div>
                {place(finding.first)}
                {t('punctuation.colon')}
                <mark>{finding.first.text}</mark>
                <div className="muted">{finding.first.excerpt}</div>
              </div>
              <div>
                {place(finding.second)}
                {t('punctuation.colon')}
                <mark>{finding.second.text}</mark>
                <div className="muted">{finding.second.excerpt}</div>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
