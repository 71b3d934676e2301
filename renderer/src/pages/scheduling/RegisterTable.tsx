import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState.tsx';
import type { FilingStanding } from '../../../../shared/domain/schedulingRegisters.ts';
import {
  endField,
  registerFields,
  valueOf,
  type RegisterEntry,
  type RegisterKind,
} from './registerSpecs.ts';
import { useScheduleLabels } from './useScheduleLabels.ts';

interface RegisterTableProps {
  readonly kind: RegisterKind;
  readonly entries: readonly RegisterEntry[];
  readonly editable: (entry: RegisterEntry) => boolean;
  readonly onEdit: (entry: RegisterEntry) => void;
  readonly onRemove: (entry: RegisterEntry) => void;
  /** Whether this user may add entries (the empty register then says how). */
  readonly canAdd: boolean;
}

const tone: Readonly<Record<FilingStanding, string>> = {
  filed: 'good',
  filedLate: 'pending',
  pending: 'neutral',
  overdue: 'bad',
};

/** A register as a table: the entry, its filing date, deadline and standing. */
export function RegisterTable(props: RegisterTableProps) {
  const { kind, entries, editable, onEdit, onRemove, canAdd } = props;
  const { t } = useTranslation();
  const labels = useScheduleLabels();
  const columns = registerFields[kind].filter((field) => field.column);
  if (entries.length === 0) {
    return (
      <EmptyState
        purpose={t(`scheduling.registers.emptyPurpose.${kind}`)}
        hint={
          canAdd
            ? t('scheduling.registers.emptyHint', {
                register: t(`scheduling.registers.tabs.${kind}`),
              })
            : t('scheduling.registers.emptyHintView')
        }
      />
    );
  }
  const shown = (entry: RegisterEntry, key: string, type: string) => {
    const value = valueOf(entry, key);
    if (type === 'platform') return t(`scheduling.registers.platforms.${value as 'wechat'}`);
    return type === 'date' && value ? labels.fullDate(value) : value;
  };
  return (
    <table className="table registers-table">
      <caption className="visually-hidden">{t(`scheduling.registers.tabs.${kind}`)}</caption>
      <thead>
        <tr>
          <th scope="col">{t('scheduling.registers.fields.unitId')}</th>
          {columns.map((field) => (
            <th key={field.key} scope="col">
              {t(`scheduling.registers.fields.${field.key as 'name'}`)}
            </th>
          ))}
          <th scope="col">{t('scheduling.registers.deadline')}</th>
          <th scope="col">{t('scheduling.columns.state')}</th>
          <th scope="col">{t('scheduling.registers.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => {
          const ended = valueOf(entry, endField[kind]);
          return (
            <tr key={entry.id} className={ended ? 'registers-table__ended' : undefined}>
              <td>{entry.unitName}</td>
              {columns.map((field) => (
                <td key={field.key}>{shown(entry, field.key, field.type)}</td>
              ))}
              <td>{labels.fullDate(entry.deadline)}</td>
              <td>
                <span className={`badge badge--${tone[entry.standing]}`}>
                  {t(`scheduling.registers.standings.${entry.standing}`)}
                </span>
                {ended && (
                  <div className="muted">
                    {t(`scheduling.registers.ended.${kind}`, { date: labels.fullDate(ended) })}
                  </div>
                )}
              </td>
              <td className="table__actions">
                {editable(entry) && (
                  <>
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => onEdit(entry)}
                    >
                      {t('scheduling.registers.edit')}
                    </button>
                    <button
                      type="button"
                      className="button button--small button--quiet"
                      onClick={() => onRemove(entry)}
                    >
                      {t('scheduling.registers.remove')}
                    </button>
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
