import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Fingerprint } from './Fingerprint.tsx';

/** The first eight hex digits of an installation's id, in groups of four like the fingerprint. */
export const installationCode = (installationId: string): string => {
  const digits = installationId.replace(/-/g, '').toUpperCase();
  return `${digits.slice(0, 4)} ${digits.slice(4, 8)}`;
};

/**
 * An installation as people read it: a short code (3F2A 9C1E) instead of its 36-character id, the
 * full id one click away (to compare with the other side's record, or to quote to support).
 */
export function InstallationCode({ installationId }: { readonly installationId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const fullId = useId();
  return (
    <span className="installation-code">
      <Fingerprint value={installationCode(installationId)} />{' '}
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        aria-controls={fullId}
        onClick={() => setOpen((value) => !value)}
      >
        {open ? t('keyCard.hideFullId') : t('keyCard.showFullId')}
      </button>
      <span id={fullId} className="installation-code__full" hidden={!open}>
        <span className="muted">{t('keyCard.fullId')}</span>{' '}
        <code className="fingerprint">{installationId}</code>
      </span>
    </span>
  );
}
