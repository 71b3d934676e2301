import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  complianceSettingsOf,
  earlyWarningBounds,
  newMediaFilingDaysBounds,
  ruleCountBounds,
  type ComplianceSettings,
  type RuleUnitKinds,
} from '../../../../shared/domain/schedulingSettings.ts';
import { unitKinds, type UnitKind } from '../../../../shared/domain/units.ts';
import { invoke } from '../../api.ts';
import { ErrorMessage, TextField } from '../../components/Field.tsx';
import { useChannel } from '../../useChannel.ts';
import './scheduling.css';
import { SaveFooter } from '../../components/SaveFooter.tsx';

type NumberKey = Exclude<
  keyof ComplianceSettings,
  'ruleUnitKinds' | 'spokespersonFilingDeadline' | 'expertPoolFilingDeadline'
>;
const counts: readonly NumberKey[] = [
  'pressConferencesPerQuarter',
  'newsOfficeAppearancesPerQuarter',
  'principalHeadAppearancesPerYear',
  'onlineInterviewsPerYear',
  'principalHeadInterviewsPerYear',
];
const kindRules: readonly (keyof RuleUnitKinds)[] = [
  'pressConferences',
  'onlineInterviews',
  'principalHeadInterviews',
  'filings',
];

/** 发布要求参数: the numbers, deadlines and the units each rule binds; counties differ. */
export function RulesSettingsPage() {
  const { t } = useTranslation();
  const [settings] = useChannel('settings:get', {});
  if (settings.state === 'failed') return <ErrorMessage message={settings.error.message} />;
  if (settings.state !== 'ready') return null;
  return (
    <RulesForm
      initial={complianceSettingsOf(settings.value.compliance)}
      title={t('scheduling.rulesSettings.title')}
    />
  );
}

function RulesForm({
  initial,
  title,
}: {
  readonly initial: ComplianceSettings;
  readonly title: string;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const set = (changes: Partial<ComplianceSettings>) => {
    setValues({ ...values, ...changes });
    setSaved(false);
  };
  const toggleKind = (rule: keyof RuleUnitKinds, kind: UnitKind, on: boolean) =>
    set({
      ruleUnitKinds: {
        ...values.ruleUnitKinds,
        [rule]: on
          ? [...values.ruleUnitKinds[rule], kind]
          : values.ruleUnitKinds[rule].filter((item) => item !== kind),
      },
    });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await invoke('settings:update', { compliance: values });
    setSaved(result.ok);
    setError(result.ok ? null : result.error.message);
  }

  const number = (key: NumberKey, bounds: { min: number; max: number }) => (
    <TextField
      key={key}
      label={t(`scheduling.rulesSettings.${key}`)}
      type="number"
      min={bounds.min}
      max={bounds.max}
      required
      value={String(values[key])}
      onChange={(event) => set({ [key]: Number(event.target.value) })}
    />
  );
  return (
    <section className="page page--wide">
      <h1>{title}</h1>
      <p className="muted">{t('scheduling.rulesSettings.intro')}</p>
      <form onSubmit={(event) => void submit(event)} className="rules-form">
        <h2>{t('scheduling.rulesSettings.countsTitle')}</h2>
        {counts.map((key) => number(key, ruleCountBounds))}
        <h2>{t('scheduling.rulesSettings.deadlinesTitle')}</h2>
        {(['spokespersonFilingDeadline', 'expertPoolFilingDeadline'] as const).map((key) => (
          <TextField
            key={key}
            label={t(`scheduling.rulesSettings.${key}`)}
            hint={t('scheduling.rulesSettings.monthDayHint')}
            pattern="(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
            required
            value={values[key]}
            onChange={(event) => set({ [key]: event.target.value })}
          />
        ))}
        {number('newMediaFilingDays', newMediaFilingDaysBounds)}
        {number('earlyWarningWorkingDays', earlyWarningBounds)}
        <h2>{t('scheduling.rulesSettings.kindsTitle')}</h2>
        {kindRules.map((rule) => (
          <fieldset key={rule} className="checkbox-group">
            <legend>{t(`scheduling.rulesSettings.kinds.${rule}`)}</legend>
            {unitKinds.map((kind) => (
              <label key={kind}>
                <input
                  type="checkbox"
                  checked={values.ruleUnitKinds[rule].includes(kind)}
                  onChange={(event) => toggleKind(rule, kind, event.target.checked)}
                />
                {t(`unitKinds.${kind}`)}
              </label>
            ))}
          </fieldset>
        ))}
        <SaveFooter
          error={error}
          savedText={saved ? t('scheduling.rulesSettings.saved') : null}
          saveText={t('scheduling.rulesSettings.save')}
        />
      </form>
    </section>
  );
}
