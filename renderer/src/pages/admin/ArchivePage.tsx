import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api.ts';
import { ErrorMessage } from '../../components/Field.tsx';
import { saveExportedFile } from '../../files.ts';
import { DayField } from '../../components/dates/DayField.tsx';

const quarterStart = () => {
  const now = new Date();
  const month = Math.floor(now.getMonth() / 3) * 3 + 1;
  return `${now.getFullYear()}-${String(month).padStart(2, '0')}-01`;
};

/** 归档: every approved event of a period as Word files with an index, in one zip. */
export function ArchivePage() {
  const { t } = useTranslation();
  const [from, setFrom] = useState(quarterStart);
  const [to, setTo] = useState(() => new Date().toISOString().slice(0, 10));
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setMessage(t('admin.archive.working'));
    const result = await invoke('archive:export', { from, to });
    setBusy(false);
    if (!result.ok) {
      setMessage(null);
      return setError(result.error.message);
    }
    setError(null);
    saveExportedFile(result.value);
    setMessage(t('admin.archive.done', { name: result.value.fileName }));
  }

  return (
    <section className="page">
      <h1>{t('admin.archive.title')}</h1>
      <p className="muted">{t('admin.archive.intro')}</p>
      <form className="row" onSubmit={(event) => void submit(event)}>
        <DayField label={t('admin.archive.from')} required value={from} onChange={setFrom} />
        <DayField label={t('admin.archive.to')} required value={to} onChange={setTo} />
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('admin.archive.export')}
        </button>
      </form>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      <ErrorMessage message={error} />
    </section>
  );
}
