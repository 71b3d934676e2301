import { useTranslation } from 'react-i18next';
import type {
  ComplianceCell,
  ComplianceRule,
} from '../../../../shared/domain/schedulingCompliance.ts';
import { cellDescription, ruleName, statusSymbols } from './complianceLabels.ts';

interface StatusCellProps {
  readonly unitName: string;
  readonly quarter: number | null;
  readonly rule: ComplianceRule;
  readonly cell: ComplianceCell;
  /** Shown before the status where one table cell holds several rules. */
  readonly showRule?: boolean;
  /** Symbol and figure only (narrow yearly columns); the name still says the status. */
  readonly compact?: boolean;
  readonly onOpen: () => void;
}

/** One rule's status in a board cell, as a button that opens what stands behind it. */
export function StatusCell(props: StatusCellProps) {
  const { unitName, quarter, rule, cell, showRule, compact, onOpen } = props;
  const { t } = useTranslation();
  const figure = cell.required > 0 ? `${cell.count}/${cell.required}` : '';
  return (
    <button
      type="button"
      className={`status-cell status-cell--${cell.status}`}
      aria-label={cellDescription(t, unitName, quarter, rule, cell)}
      title={cellDescription(t, unitName, quarter, rule, cell)}
      onClick={onOpen}
    >
      {showRule && <span className="status-cell__rule">{ruleName(t, rule)}</span>}
      <span aria-hidden="true">{statusSymbols[cell.status]}</span>
      {!compact && (
        <span className="status-cell__text">{t(`scheduling.status.${cell.status}`)}</span>
      )}
      {figure && <span className="status-cell__figure">{figure}</span>}
      {cell.upcoming > 0 && (
        <span className="status-cell__upcoming">
          {t('scheduling.board.upcoming', { count: cell.upcoming })}
        </span>
      )}
    </button>
  );
}
