import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  speakerRoles,
  type SpeakerRole,
  type TranscriptSpeaker,
} from '../../../../shared/domain/transcripts.ts';
import { invoke } from '../../api.ts';
import { ErrorMessage, SelectField, TextField } from '../../components/Field.tsx';

interface AddSpeakerFormProps {
  readonly requestId: string;
  /** The outlets invited in the request, offered as the reporter's outlet. */
  readonly outlets: readonly string[];
  readonly onAdded: (speakers: readonly TranscriptSpeaker[]) => void;
}

/** Adds a speaker during the event: by default a reporter, by name and outlet. */
export function AddSpeakerForm({ requestId, outlets, onAdded }: AddSpeakerFormProps) {
  const { t } = useTranslation();
  const listId = useId();
  const [role, setRole] = useState<SpeakerRole>('reporter');
  const [name, setName] = useState('');
  const [detail, setDetail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const reporter = role === 'reporter';

  async function add(event: FormEvent) {
    event.preventDefault();
    const result = await invoke('transcripts:addSpeaker', {
      requestId,
      role,
      name,
      title: reporter ? '' : detail,
      outlet: reporter ? detail : '',
    });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setName('');
    setDetail('');
    onAdded(result.value.speakers);
  }

  return (
    <form
      className="add-speaker"
      onSubmit={(event) => void add(event)}
      aria-labelledby={`${listId}-title`}
    >
      <h3 id={`${listId}-title`}>{t('transcripts.roster.addTitle')}</h3>
      <SelectField
        label={t('transcripts.roster.role')}
        value={role}
        onChange={(event) => setRole(event.target.value as SpeakerRole)}
      >
        {speakerRoles.map((item) => (
          <option key={item} value={item}>
            {t(`transcripts.roles.${item}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('transcripts.roster.name')}
        value={name}
        maxLength={50}
        onChange={(event) => setName(event.target.value)}
      />
      <TextField
        label={reporter ? t('transcripts.roster.outlet') : t('transcripts.roster.titleField')}
        value={detail}
        maxLength={100}
        list={reporter ? listId : undefined}
        onChange={(event) => setDetail(event.target.value)}
      />
      <datalist id={listId}>
        {outlets.map((outlet) => (
          <option key={outlet} value={outlet} />
        ))}
      </datalist>
      <button type="submit" className="button button--small">
        {t('transcripts.roster.add')}
      </button>
      <ErrorMessage message={error} />
    </form>
  );
}
