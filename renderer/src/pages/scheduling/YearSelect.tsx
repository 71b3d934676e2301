import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/Field.tsx';
import { todayInShanghai } from './calendarDates.ts';

/** The years the board and the plans can show: next year, this year and the four before it. */
const selectableYears = (): number[] => {
  const year = Number(todayInShanghai().slice(0, 4));
  return [year + 1, year, year - 1, year - 2, year - 3, year - 4];
};

/** The year picker in the title bar of the compliance board and the annual plans. */
export function YearSelect({
  year,
  onChange,
}: {
  readonly year: number;
  readonly onChange: (year: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="form-narrow">
      <SelectField
        label={t('scheduling.board.year')}
        value={year}
        onChange={(event) => onChange(Number(event.target.value))}
      >
        {selectableYears().map((item) => (
          <option key={item} value={item}>
            {t('scheduling.labels.year', { year: item })}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
