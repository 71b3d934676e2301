import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../api.ts';
import { fileToBase64 } from '../files.ts';
import { useCan } from '../session.tsx';
import { ErrorMessage } from './Field.tsx';

/** Imports a package file from another installation (requests going in, decisions coming back). */
export function ImportPackageButton({ onImported }: { readonly onImported: () => void }) {
  const { t } = useTranslation();
  const allowed = useCan('exchange.transfer');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!allowed) return null;

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const result = await invoke('exchange:importPackage', {
      fileName: file.name,
      contentBase64: await fileToBase64(file),
    });
    if (!result.ok) {
      setMessage(null);
      return setError(result.error.message);
    }
    setError(null);
    setMessage(
      result.value.alreadyImported
        ? t('requests.exchange.alreadyImported')
        : t('requests.exchange.imported', {
            from: result.value.from.name,
            applied: result.value.applied,
            count: result.value.applied,
          }),
    );
    onImported();
  }

  return (
    <div className="import-package">
      <label className="button file-button">
        {t('requests.exchange.importPackage')}
        <input
          type="file"
          accept=".pwpkg"
          className="visually-hidden"
          onChange={(event) => void choose(event)}
        />
      </label>
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      <ErrorMessage message={error} />
    </div>
  );
}
