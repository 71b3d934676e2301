import { useDeferredValue, useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { blocksOf } from '../../../../shared/lexical/materialBlocks.ts';
import { readMaterialDocument } from '../../../../shared/lexical/materialFormat.ts';
import { locateWordingHits } from '../../../../shared/rules/wordingHits.ts';
import type { WordingMatcher } from '../../../../shared/rules/wordingMatch.ts';
import type { LatestSaveStore } from './latestSave.ts';

/** The listed words the material contains, by kind, each with where it is and the words around it. */
export function WordingPanel({
  latest,
  matcher,
}: {
  readonly latest: LatestSaveStore;
  readonly matcher: WordingMatcher;
}) {
  const { t } = useTranslation();
  const document = useSyncExternalStore(latest.subscribe, () => latest.get().document);
  const deferred = useDeferredValue(document);
  const hits = useMemo(
    () => locateWordingHits(blocksOf(readMaterialDocument(JSON.parse(deferred()))), matcher),
    [deferred, matcher],
  );
  if (hits.length === 0) return <p className="muted">{t('materials.wording.none')}</p>;
  return (
    <ul className="wording-hits">
      {hits.map((hit, index) => (
        <li
          key={`${hit.location}-${hit.start}-${index}`}
          className={`wording-hit wording-hit--${hit.kind}`}
        >
          <span className="badge">{t(`materials.wording.kinds.${hit.kind}`)}</span>
          <strong>{hit.word}</strong>
          {hit.suggestion && (
            <span>{t('materials.wording.suggestion', { word: hit.suggestion })}</span>
          )}
          <span className="muted">
            {t('punctuation.labelled', { label: hit.location, value: hit.excerpt })}
          </span>
        </li>
      ))}
    </ul>
  );
}
