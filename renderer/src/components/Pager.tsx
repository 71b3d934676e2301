import { useTranslation } from 'react-i18next';

interface PagerProps {
  readonly total: number;
  readonly offset: number;
  readonly limit: number;
  readonly onOffset: (offset: number) => void;
}

/** 共 N 条, which rows this page shows, and 上一页/下一页. */
export function Pager({ total, offset, limit, onOffset }: PagerProps) {
  const { t } = useTranslation();
  const last = Math.min(total, offset + limit);
  return (
    <nav className="pager" aria-label={t('lists.paging')}>
      <span className="pager__count" aria-live="polite">
        {t('lists.total', { count: total })}
        {total > limit && ` · ${t('lists.range', { first: offset + 1, last })}`}
      </span>
      {total > limit && (
        <span className="pager__buttons">
          <button
            type="button"
            className="button"
            disabled={offset === 0}
            onClick={() => onOffset(Math.max(0, offset - limit))}
          >
            {t('lists.previous')}
          </button>
          <button
            type="button"
            className="button"
            disabled={last >= total}
            onClick={() => onOffset(offset + limit)}
          >
            {t('lists.next')}
          </button>
        </span>
      )}
    </nav>
  );
}
