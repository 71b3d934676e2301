import { useTranslation } from 'react-i18next';
import type { DiffPart } from '../../../../shared/rules/chineseDiff.ts';

/** A word-level difference: removed words struck through, added words underlined, each announced. */
export function DiffView({ parts }: { readonly parts: readonly DiffPart[] }) {
  const { t } = useTranslation();
  if (!parts.some((part) => part.kind !== 'same')) {
    return <p className="muted">{t('materials.versions.noChanges')}</p>;
  }
  return (
    <div className="diff" aria-label={t('materials.versions.diffLabel')}>
      {parts.map((part, index) =>
        part.kind === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === 'added' ? (
          <ins key={index} title={t('materials.versions.added')}>
            {part.text}
          </ins>
        ) : (
          <del key={index} title={t('materials.versions.removed')}>
            {part.text}
          </del>
        ),
      )}
    </div>
  );
}
