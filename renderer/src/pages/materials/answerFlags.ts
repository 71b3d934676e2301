import type { TFunction } from 'i18next';
import type { LibraryAnswerUse } from '../../../../shared/domain/materials.ts';

/** The badge text for each 口径库 answer in use that has expired, been retired or removed. */
export function answerFlagsOf(
  uses: readonly LibraryAnswerUse[],
  t: TFunction,
): Map<string, string> {
  const flags = new Map<string, string>();
  for (const use of uses) {
    if (use.expired)
      flags.set(use.answerId, t('materials.library.flagExpired', { date: use.validUntil ?? '' }));
    else if (use.status === 'retired') flags.set(use.answerId, t('materials.library.flagRetired'));
    else if (use.status === 'missing') flags.set(use.answerId, t('materials.library.flagMissing'));
  }
  return flags;
}
