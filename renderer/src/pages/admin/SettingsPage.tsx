import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  confidentialityMarkMaxLength,
  idleLockBounds,
  leadDaysBounds,
  type Settings,
} from '../../../../shared/domain/settings.ts';
import { invoke } from '../../api.ts';
import { ErrorMessage, TextField } from '../../components/Field.tsx';
import { useChannel } from '../../useChannel.ts';
import { CalendarDaysEditor } from './CalendarDaysEditor.tsx';
import { DocumentIssuingForm } from './DocumentIssuingForm.tsx';
import { SaveFooter } from '../../components/SaveFooter.tsx';

export function SettingsPage({ onSaved }: { readonly onSaved: () => void }) {
  const { t } = useTranslation();
  const [settings] = useChannel('settings:get', {});
  return (
    <section className="page page--wide">
      <h1>{t('admin.settings.title')}</h1>
      {settings.state === 'failed' && <ErrorMessage message={settings.error.message} />}
      {settings.state === 'ready' && <SettingsForm initial={settings.value} onSaved={onSaved} />}
      {settings.state === 'ready' && (
        <DocumentIssuingForm initial={settings.value.documentIssuing} />
      )}
      <CalendarDaysEditor />
    </section>
  );
}

function SettingsForm({
  initial,
  onSaved,
}: {
  readonly initial: Settings;
  readonly onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState({
    idleLockMinutes: String(initial.idleLockMinutes),
    requestLeadWorkingDays: String(initial.requestLeadWorkingDays),
    materialsLeadWorkingDays: String(initial.materialsLeadWorkingDays),
  });
  const [unitHeadReview, setUnitHeadReview] = useState(initial.unitHeadReview);
  const [confidentialityMark, setConfidentialityMark] = useState(initial.confidentialityMark);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await invoke('settings:update', {
      idleLockMinutes: Number(values.idleLockMinutes),
      requestLeadWorkingDays: Number(values.requestLeadWorkingDays),
      materialsLeadWorkingDays: Number(values.materialsLeadWorkingDays),
      unitHeadReview,
      confidentialityMark,
    });
    setSaved(result.ok);
    setError(result.ok ? null : result.error.message);
    if (result.ok) onSaved();
  }

  const numberField = (key: keyof typeof values, bounds: { min: number; max: number }) => (
    <TextField
      label={t(`admin.settings.${key}`)}
      type="number"
      min={bounds.min}
      max={bounds.max}
      required
      value={values[key]}
      onChange={(event) => setValues({ ...values, [key]: event.target.value })}
    />
  );

  return (
    <form onSubmit={submit} className="form-narrow">
      {numberField('idleLockMinutes', idleLockBounds)}
      <h2>{t('admin.settings.requestsTitle')}</h2>
      {numberField('requestLeadWorkingDays', leadDaysBounds)}
      {numberField('materialsLeadWorkingDays', leadDaysBounds)}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={unitHeadReview}
          onChange={(event) => setUnitHeadReview(event.target.checked)}
        />
        {t('admin.settings.unitHeadReview')}
      </label>
      <h2>{t('admin.settings.documentsTitle')}</h2>
      <TextField
        label={t('admin.settings.confidentialityMark')}
        hint={t('admin.settings.confidentialityMarkHint')}
        maxLength={confidentialityMarkMaxLength}
        value={confidentialityMark}
        onChange={(event) => setConfidentialityMark(event.target.value)}
      />
      <SaveFooter
        error={error}
        savedText={saved ? t('admin.settings.saved') : null}
        saveText={t('admin.settings.save')}
      />
    </form>
  );
}
