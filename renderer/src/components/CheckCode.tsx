import { useTranslation } from 'react-i18next';
import { groupedHash, shortCode } from '../../../shared/text/checkCode.ts';
import { FullValue } from './FullValue.tsx';
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
  return (
    <FullValue
      className="check-code"
      short={
        <span>
          {label}
          {t('punctuation.colon')}
          <strong className="fingerprint">{shortCode(hash)}</strong>
        </span>
      }
      value={hash}
      format={groupedHash}
      texts={{
        show: t('checkCode.showFull'),
        hide: t('checkCode.hideFull'),
        label: t('checkCode.fullLabel'),
        copy: { button: t('checkCode.copy'), done: t('checkCode.copied') },
      }}
    />
  );
}
