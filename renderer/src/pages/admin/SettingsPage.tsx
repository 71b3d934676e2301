import { useState, type FormEvent } from 'react';
import type { Settings } from '../../../../shared/domain/settings.ts';
import { useTranslation } from 'react-i18next';
import { idleLockBounds } from '../../../../shared/domain/settings.ts';
import { invoke } from '../../api.ts';
import { ErrorMessage, TextField } from '../../components/Field.tsx';
import { useChannel } from '../../useChannel.ts';

export function SettingsPage({ onSaved }: { readonly onSaved: () => void }) {
  const { t } = useTranslation();
  const [settings] = useChannel('settings:get', {});
  return (
    <section className="page">
      <h1>{t('admin.settings.title')}</h1>
      {settings.state === 'failed' && <ErrorMessage message={settings.error.message} />}
      {settings.state === 'ready' && <SettingsForm initial={settings.value} onSaved={onSaved} />}
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
  const [idleLockMinutes, setIdleLockMinutes] = useState(String(initial.idleLockMinutes));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await invoke('settings:update', { idleLockMinutes: Number(idleLockMinutes) });
    setSaved(result.ok);
    setError(result.ok ? null : result.error.message);
    if (result.ok) onSaved();
  }

  return (
    <form onSubmit={submit} className="form-narrow">
      <TextField
        label={t('admin.settings.idleLockMinutes')}
        type="number"
        min={idleLockBounds.min}
        max={idleLockBounds.max}
        required
        value={idleLockMinutes}
        onChange={(event) => setIdleLockMinutes(event.target.value)}
      />
      <ErrorMessage message={error} />
      {saved && (
        <p className="notice" role="status">
          {t('admin.settings.saved')}
        </p>
      )}
      <button type="submit" className="button button--primary">
        {t('admin.settings.save')}
      </button>
    </form>
  );
}
