import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExchangeIdentity } from '../../../../shared/contract/exchangeChannels.ts';
import { formatDay } from '../../../../shared/text/chineseDates.ts';
import { Disclosure } from '../../components/Disclosure.tsx';
import { TextArea } from '../../components/TextArea.tsx';
import { Fingerprint } from './Fingerprint.tsx';
import { InstallationCode } from './InstallationCode.tsx';
import './keyCard.css';

const printingClass = 'printing-key-card';

/**
 * This installation's key card as a card: office, installation, fingerprint in groups of four and
 * the day the key was made, with 复制名片 (the exact text the other side pastes) and 打印 (the card
 * alone on the page, the fingerprint large, for reading it aloud by phone).
 */
export function KeyCard({ identity }: { readonly identity: ExchangeIdentity }) {
  const { t, i18n } = useTranslation();
  const [copied, setCopied] = useState(false);
  const language = i18n.language === 'en' ? 'en' : 'zh';

  useEffect(() => {
    const done = () => document.body.classList.remove(printingClass);
    window.addEventListener('afterprint', done);
    return () => {
      window.removeEventListener('afterprint', done);
      done();
    };
  }, []);

  function print() {
    document.body.classList.add(printingClass);
    window.print();
  }

  return (
    <section className="key-card" aria-labelledby="key-card-title">
      <h3 id="key-card-title">{t('keyCard.title')}</h3>
      <dl className="key-card__facts">
        <dt>{t('keyCard.officeName')}</dt>
        <dd>{identity.officeName}</dd>
        <dt>{t('keyCard.installationId')}</dt>
        <dd>
          <InstallationCode installationId={identity.installationId} />
        </dd>
        <dt>{t('keyCard.fingerprint')}</dt>
        <dd>
          <Fingerprint value={identity.fingerprint} large />
        </dd>
        <dt>{t('keyCard.createdAt')}</dt>
        <dd>{formatDay(identity.keyCreatedAt, { language })}</dd>
      </dl>
      <p className="muted key-card__read-aloud">{t('keyCard.readAloud')}</p>
      <p className="key-card__printed-from">
        {t('keyCard.printedFrom', { officeName: identity.officeName })}
      </p>
      <div className="key-card__actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() =>
            void navigator.clipboard?.writeText(identity.card).then(() => setCopied(true))
          }
        >
          {t('keyCard.copy')}
        </button>
        <button type="button" className="button" onClick={print}>
          {t('keyCard.print')}
        </button>
      </div>
      {copied && (
        <p className="notice key-card__copied" role="status">
          {t('keyCard.copied')}
        </p>
      )}
      <Disclosure summary={t('keyCard.showText')} className="key-card__text">
        <TextArea
          label={t('keyCard.text')}
          value={identity.card}
          readOnly
          rows={3}
          onChange={() => undefined}
        />
      </Disclosure>
    </section>
  );
}
