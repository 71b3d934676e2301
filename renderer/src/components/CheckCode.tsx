import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { groupedHash, shortCode } from '../../../shared/text/checkCode.ts';
import './checkCode.css';

interface CheckCodeProps {
  /** What the hash is of, e.g. 审批内容校验码 (shown before the code). */
  readonly label: string;
  /** The full SHA-256, lower-case hex. */
  readonly hash: string;
}

/**
 * A hash as people read it: 校验码 F86E-1A92, as the Word papers print it, with the full SHA-256
 * behind 显示完整校验值 and a button to copy it.
 */
export function CheckCode({ label, hash }: CheckCodeProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  const fullId = useId();
  return (
    <div className="check-code">
      <span>
        {label}
        {t('punctuation.colon')}
        <strong className="fingerprint">{shortCode(hash)}</strong>
      </span>
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        aria-controls={fullId}
        onClick={() => setOpen((value) => !value)}
      >
        {open ? t('checkCode.hideFull') : t('checkCode.showFull')}
      </button>
      <div id={fullId} className="check-code__full" hidden={!open}>
        <span className="muted">{t('checkCode.fullLabel')}</span>
        <code className="fingerprint" aria-label={t('checkCode.fullLabel')}>
          {groupedHash(hash)}
        </code>
        <button
          type="button"
          className="button button--small"
          onClick={() => void navigator.clipboard?.writeText(hash).then(() => setCopied(true))}
        >
          {t('checkCode.copy')}
        </button>
        {copied && (
          <span className="muted" role="status">
            {t('checkCode.copied')}
          </span>
        )}
      </div>
    </div>
  );
}
