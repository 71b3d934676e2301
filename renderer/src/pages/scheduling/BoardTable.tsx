import { useTranslation } from 'react-i18next';
import {
  quarterRules,
  yearRules,
  type BoardRow,
  type ComplianceBoard,
  type ComplianceRule,
} from '../../../../shared/domain/schedulingCompliance.ts';
import { unitKinds, type UnitKind } from '../../../../shared/domain/units.ts';
import { quarterName, ruleName } from './complianceLabels.ts';
import { StatusCell } from './StatusCell.tsx';

export interface CellRef {
  readonly unitId: string;
  readonly quarter: number | null;
  readonly rule: ComplianceRule;
}

interface BoardTableProps {
  readonly board: ComplianceBoard;
  readonly rows: readonly BoardRow[];
  readonly onOpen: (cell: CellRef) => void;
}

interface KindGroup {
  readonly kind: UnitKind;
  readonly rows: readonly BoardRow[];
}

/** Rows by kind of unit (乡镇, 园区, 部门 …) in the order units are typed, empty kinds left out. */
const groupByKind = (rows: readonly BoardRow[]): readonly KindGroup[] =>
  unitKinds
    .map((kind) => ({ kind, rows: rows.filter((row) => row.unitKind === kind) }))
    .filter((group) => group.rows.length > 0);

/**
 * Units × quarters, then the yearly rules, grouped by kind of unit; every cell opens the events or
 * filings behind it. The panel scrolls inside itself with the column heads and unit names in view.
 */
export function BoardTable({ board, rows, onOpen }: BoardTableProps) {
  const { t } = useTranslation();
  const shownYearRules = yearRules.filter((rule) => rows.some((row) => row.year[rule]));
  const columns = 1 + 4 + shownYearRules.length;
  return (
    <div
      className="board-scroll"
      role="region"
      aria-label={t('scheduling.board.matrix', { year: board.year })}
    >
      <table className="table board">
        <caption className="visually-hidden">
          {t('scheduling.board.caption', { year: board.year })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('scheduling.columns.unit')}</th>
            {[1, 2, 3, 4].map((quarter) => (
              <th key={quarter} scope="col">
                {quarterName(t, quarter)}
              </th>
            ))}
            {shownYearRules.map((rule) => (
              <th key={rule} scope="col" title={t(`scheduling.rules.${rule}.long`)}>
                {ruleName(t, rule)}
              </th>
            ))}
          </tr>
        </thead>
        {groupByKind(rows).map((group) => (
          <tbody key={group.kind}>
            <tr className="board__group">
              <th scope="rowgroup" colSpan={columns}>
                {t('scheduling.board.group', {
                  kind: t(`unitKinds.${group.kind}`),
                  count: group.rows.length,
                })}
              </th>
            </tr>
            {group.rows.map((row) => (
              <tr key={row.unitId}>
                <th scope="row">
                  {row.unitName}
                  {row.designated && (
                    <span
                      className="badge badge--neutral"
                      title={t('scheduling.board.designatedHint')}
                    >
                      {t('scheduling.board.designated')}
                    </span>
                  )}
                </th>
                {row.quarters.map((cells, index) => (
                  <td key={index}>
                    <div className="board__stack">
                      {quarterRules.map((rule) => {
                        const cell = cells[rule];
                        return cell ? (
                          <StatusCell
                            key={rule}
                            unitName={row.unitName}
                            quarter={index + 1}
                            rule={rule}
                            cell={cell}
                            showRule={row.designated}
                            onOpen={() => onOpen({ unitId: row.unitId, quarter: index + 1, rule })}
                          />
                        ) : null;
                      })}
                    </div>
                  </td>
                ))}
                {shownYearRules.map((rule) => {
                  const cell = row.year[rule];
                  return (
                    <td key={rule}>
                      {cell ? (
                        <StatusCell
                          unitName={row.unitName}
                          quarter={null}
                          rule={rule}
                          cell={cell}
                          compact
                          onOpen={() => onOpen({ unitId: row.unitId, quarter: null, rule })}
                        />
                      ) : (
                        <span className="muted" aria-label={t('scheduling.status.notApplicable')}>
                          —
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
