import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { wordingKinds, type WordingKind } from '../../../../../shared/domain/materialWording.ts';
import { invoke } from '../../../api.ts';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { ErrorMessage, TextField } from '../../../components/Field.tsx';
import { TextArea } from '../../../components/TextArea.tsx';
import { useChannel } from '../../../useChannel.ts';
import '../materials.css';

/** 错敏词表: forbidden, sensitive and preferred wording, kept by an administrator. */
export function WordingPage() {
  const { t } = useTranslation();
  const [entries, reload] = useChannel('wording:list', {});
  const [kind, setKind] = useState<WordingKind>('forbidden');
  const [word, setWord] = useState('');
  const [suggestion, setSuggestion] = useState('');
  const [note, setNote] = useState('');
  const [lines, setLines] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function add(event: FormEvent) {
    event.preventDefault();
    const result = await invoke('wording:save', { kind, word, suggestion, note });
    setError(result.ok ? null : result.error.message);
    if (!result.ok) return;
    setWord('');
    setSuggestion('');
    setNote('');
    reload();
  }
  async function remove(entryId: string) {
    const result = await invoke('wording:remove', { entryId });
    setError(result.ok ? null : result.error.message);
    reload();
  }
  async function importLines() {
    const result = await invoke('wording:import', { kind, text: lines });
    setError(result.ok ? null : result.error.message);
    if (!result.ok) return;
    setMessage(t('materials.admin.wording.imported', result.value));
    setLines('');
    reload();
  }

  const list =
    entries.state === 'ready' ? entries.value.filter((entry) => entry.kind === kind) : [];
  return (
    <section className="page page--wide">
      <h1>{t('materials.admin.wording.title')}</h1>
      <div
        role="tablist"
        aria-label={t('materials.admin.wording.title')}
        className="material-side__tabs"
      >
        {wordingKinds.map((item) => (
          <button
            key={item}
            type="button"
            role="tab"
            aria-selected={item === kind}
            className="material-side__tab"
            onClick={() => setKind(item)}
          >
            {t(`materials.wording.kinds.${item}`)}
          </button>
        ))}
      </div>
      <p className="muted">{t(`materials.admin.wording.hints.${kind}`)}</p>
      <form className="row" onSubmit={(event) => void add(event)}>
        <TextField
          label={t('materials.admin.wording.word')}
          value={word}
          maxLength={50}
          required
          onChange={(event) => setWord(event.target.value)}
        />
        <TextField
          label={t(
            kind === 'preferred'
              ? 'materials.admin.wording.preferred'
              : 'materials.admin.wording.hint',
          )}
          value={suggestion}
          maxLength={100}
          onChange={(event) => setSuggestion(event.target.value)}
        />
        <TextField
          label={t('materials.admin.wording.note')}
          value={note}
          maxLength={200}
          onChange={(event) => setNote(event.target.value)}
        />
        <button type="submit" className="button button--primary">
          {t('materials.admin.wording.add')}
        </button>
      </form>
      <ErrorMessage message={error} />
      {message && <p role="status">{message}</p>}
      {entries.state === 'ready' && list.length === 0 ? (
        <EmptyState
          purpose={t('materials.admin.wording.emptyPurpose')}
          hint={t('materials.admin.wording.emptyHint')}
        />
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t(`materials.wording.kinds.${kind}`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('materials.admin.wording.word')}</th>
              <th scope="col">
                {t(
                  kind === 'preferred'
                    ? 'materials.admin.wording.preferred'
                    : 'materials.admin.wording.hint',
                )}
              </th>
              <th scope="col">{t('materials.admin.wording.note')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {list.map((entry) => (
              <tr key={entry.id}>
                <td>{entry.word}</td>
                <td>{entry.suggestion}</td>
                <td>{entry.note}</td>
                <td>
                  <button
                    type="button"
                    className="button button--small button--quiet"
                    onClick={() => void remove(entry.id)}
                  >
                    {t('materials.admin.wording.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('materials.admin.wording.importTitle')}</h2>
      <TextArea
        label={t('materials.admin.wording.importHint')}
        value={lines}
        rows={5}
        maxLength={100_000}
        onChange={setLines}
      />
      <button type="button" className="button" onClick={() => void importLines()}>
        {t('materials.admin.wording.import')}
      </button>
    </section>
  );
}
