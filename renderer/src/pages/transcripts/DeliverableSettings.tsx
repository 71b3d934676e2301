import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Deliverable } from '../../../../shared/domain/transcripts.ts';
import { invoke } from '../../api.ts';
import { ErrorMessage, TextField } from '../../components/Field.tsx';

interface DeliverableSettingsProps {
  readonly requestId: string;
  /** The item to change; none to add a new one. */
  readonly deliverable?: Deliverable;
  readonly onDone: (deliverables: readonly Deliverable[] | null) => void;
}

/** Name, whether it is required, and how many files complete it; or a new item. */
export function DeliverableSettings({ requestId, deliverable, onDone }: DeliverableSettingsProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(deliverable?.name ?? '');
  const [required, setRequired] = useState(deliverable?.required ?? true);
  const [minFiles, setMinFiles] = useState(deliverable?.minFiles ?? 1);
  const [error, setError] = useState<string | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    const spec = { requestId, name, required, minFiles };
    const result = deliverable
      ? await invoke('transcripts:updateDeliverable', { ...spec, deliverableId: deliverable.id })
      : await invoke('transcripts:addDeliverable', spec);
    if (!result.ok) return setError(result.error.message);
    if (!deliverable) {
      setName('');
      setMinFiles(1);
    }
    onDone(result.value);
  }

  async function remove() {
    if (!deliverable) return;
    const result = await invoke('transcripts:removeDeliverable', {
      requestId,
      deliverableId: deliverable.id,
    });
    if (!result.ok) return setError(result.error.message);
    onDone(result.value);
  }

  return (
    <form className="deliverable__settings" onSubmit={(event) => void save(event)}>
      <TextField
        label={t('transcripts.deliverables.name')}
        value={name}
        maxLength={100}
        onChange={(event) => setName(event.target.value)}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={required}
          onChange={(event) => setRequired(event.target.checked)}
        />
        {t('transcripts.deliverables.isRequired')}
      </label>
      <TextField
        label={t('transcripts.deliverables.minFiles')}
        type="number"
        min={1}
        max={100}
        value={minFiles}
        onChange={(event) => setMinFiles(Math.max(1, Number(event.target.value) || 1))}
      />
      <div className="actions">
        <button
          type="submit"
          className="button button--small button--primary"
          disabled={name.trim() === ''}
        >
          {deliverable ? t('transcripts.deliverables.save') : t('transcripts.deliverables.add')}
        </button>
        {deliverable && (
          <>
            <button type="button" className="button button--small" onClick={() => onDone(null)}>
              {t('transcripts.deliverables.cancel')}
            </button>
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => void remove()}
            >
              {t('transcripts.deliverables.removeItem')}
            </button>
          </>
        )}
      </div>
      <ErrorMessage message={error} />
    </form>
  );
}
