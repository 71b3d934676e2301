import type { TFunction } from 'i18next';
import type {
  CellStatus,
  ComplianceCell,
  ComplianceRule,
} from '../../../../shared/domain/schedulingCompliance.ts';

export const statusSymbols: Readonly<Record<CellStatus, string>> = {
  met: '✓',
  atRisk: '!',
  missed: '✕',
  open: '…',
  notStarted: '·',
  notApplicable: '—',
};

export const quarterName = (t: TFunction, quarter: number | null): string =>
  quarter === null ? t('scheduling.periods.year') : t(`scheduling.periods.q${quarter as 1}`);

export const ruleName = (t: TFunction, rule: ComplianceRule): string =>
  t(`scheduling.rules.${rule}.short`);

/** What a screen reader says for a cell: unit, period, rule, status and count. */
export function cellDescription(
  t: TFunction,
  unitName: string,
  quarter: number | null,
  rule: ComplianceRule,
  cell: ComplianceCell,
): string {
  return t('scheduling.board.cellName', {
    unit: unitName,
    period: quarterName(t, quarter),
    rule: ruleName(t, rule),
    status: t(`scheduling.status.${cell.status}`),
    count: cell.count,
    required: cell.required,
  });
}
