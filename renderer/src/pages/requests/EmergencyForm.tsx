import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorMessage, SelectField, TextField } from '../../components/Field.tsx';
import { useChannel } from '../../useChannel.ts';

/** The news office opens a request for a unit hit by a major emergency (fast track follows). */
export function EmergencyForm({
  onClose,
  onOpened,
}: {
  readonly onClose: () => void;
  readonly onOpened: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [units] = useChannel('units:list', {});
  const [unitId, setUnitId] = useState('');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const unitList = units.state === 'ready' ? units.value : [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await invoke('requests:openEmergency', {
      unitId: unitId || (unitList[0]?.id ?? ''),
      title,
    });
    if (result.ok) onOpened(result.value.id);
    else setError(result.error.message);
  }

  return (
    <Dialog title={t('requests.emergency.open')} onClose={onClose}>
      <form onSubmit={submit}>
        <SelectField
          label={t('requests.emergency.unit')}
          value={unitId}
          onChange={(event) => setUnitId(event.target.value)}
        >
          {unitList.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('requests.emergency.title')}
          required
          maxLength={100}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
        />
        <ErrorMessage message={error} />
        <div className="actions">
          <button type="button" className="button" onClick={onClose}>
            {t('requests.dialog.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('requests.dialog.confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
