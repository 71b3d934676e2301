import { useTranslation } from 'react-i18next';
import type { EarlyWarning } from '../../../../shared/domain/schedulingCompliance.ts';
import { quarterName } from './complianceLabels.ts';
import { useScheduleLabels } from './useScheduleLabels.ts';
import { Disclosure } from '../../components/Disclosure.tsx';

/** "三季度还剩12天，5个单位尚无已批准的发布会", with the units and the last day to submit. */
interface WarningListProps {
  readonly warnings: readonly EarlyWarning[];
  readonly today: string;
}

export function WarningList({ warnings, today }: WarningListProps) {
  const { t } = useTranslation();
  const labels = useScheduleLabels();
  if (warnings.length === 0) return null;
  return (
    <section className="warnings" aria-labelledby="warnings-title">
      <h2 id="warnings-title">{t('scheduling.warnings.title')}</h2>
      <ul>
        {warnings.map((warning) => (
          <li key={`${warning.rule}-${warning.quarter ?? 'year'}`} className="warning">
            <strong>
              {t(`scheduling.warnings.rules.${warning.rule}`, {
                period: quarterName(t, warning.quarter),
                days: warning.daysLeft,
                count: warning.units.length,
                deadline: labels.day(warning.deadline),
              })}
            </strong>
            {warning.submitBy && (
              <span className="warnings__submit">
                {warning.submitBy >= today
                  ? t('scheduling.warnings.submitBy', { date: labels.day(warning.submitBy) })
                  : t('scheduling.warnings.submitPassed', { date: labels.day(warning.submitBy) })}
              </span>
            )}
            <Disclosure summary={t('scheduling.warnings.units', { count: warning.units.length })}>
              <p>
                {warning.units.map((unit) => unit.unitName).join(t('scheduling.warnings.joiner'))}
              </p>
            </Disclosure>
          </li>
        ))}
      </ul>
    </section>
  );
}
