import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  agencyCodeMaxLength,
  type DocumentIssuingSettings,
} from '../../../../shared/domain/documentNumbers.ts';
import { invoke } from '../../api.ts';
import { TextField } from '../../components/Field.tsx';
import { useSession } from '../../session.tsx';
import { SaveFooter } from '../../components/SaveFooter.tsx';

/** 机关代字, 发文机关标志 and 印发机关: what the issued 通报 and 审批函 carry. */
export function DocumentIssuingForm({ initial }: { readonly initial: DocumentIssuingSettings }) {
  const { t } = useTranslation();
  const { officeName } = useSession().session;
  const [values, setValues] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await invoke('settings:update', { documentIssuing: values });
    setSaved(result.ok);
    setError(result.ok ? null : result.error.message);
    if (result.ok) setValues(result.value.documentIssuing);
  }

  const field = (key: keyof DocumentIssuingSettings, hint: string, maxLength: number) => (
    <TextField
      label={t(`documentNumbers.settings.${key}`)}
      hint={hint}
      maxLength={maxLength}
      value={values[key]}
      onChange={(event) => setValues({ ...values, [key]: event.target.value })}
    />
  );

  return (
    <form
      onSubmit={(event) => void submit(event)}
      className="form-narrow"
      aria-label={t('documentNumbers.settings.title')}
    >
      <h2>{t('documentNumbers.settings.title')}</h2>
      <p className="muted">{t('documentNumbers.settings.intro')}</p>
      {field('agencyCode', t('documentNumbers.settings.agencyCodeHint'), agencyCodeMaxLength)}
      {field('issuerMark', t('documentNumbers.settings.defaultsTo', { officeName }), 100)}
      {field('printedBy', t('documentNumbers.settings.defaultsTo', { officeName }), 100)}
      <SaveFooter
        error={error}
        savedText={saved ? t('admin.settings.saved') : null}
        saveText={t('admin.settings.save')}
      />
    </form>
  );
}
