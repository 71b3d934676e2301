import { useTranslation } from 'react-i18next';
import { FullValue } from '../../components/FullValue.tsx';
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
  return (
    <FullValue
      className="installation-code"
      inline
      short={<Fingerprint value={installationCode(installationId)} />}
      value={installationId}
      texts={{
        show: t('keyCard.showFullId'),
        hide: t('keyCard.hideFullId'),
        label: t('keyCard.fullId'),
      }}
    />
  );
}
