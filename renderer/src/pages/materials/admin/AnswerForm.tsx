import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  answerStatuses,
  type AnswerStatus,
  type LibraryAnswer,
} from '../../../../../shared/domain/materialAnswers.ts';
import { invoke } from '../../../api.ts';
import { Dialog } from '../../../components/Dialog.tsx';
import { ErrorMessage, SelectField, TextField } from '../../../components/Field.tsx';
import { TextArea } from '../../../components/TextArea.tsx';
import { useSession } from '../../../session.tsx';
import { useChannel } from '../../../useChannel.ts';
import { DayField } from '../../../components/dates/DayField.tsx';

interface AnswerFormProps {
  readonly answer: LibraryAnswer | null;
  readonly onClose: () => void;
  readonly onSaved: () => void;
}

export function AnswerForm({ answer, onClose, onSaved }: AnswerFormProps) {
  const { t } = useTranslation();
  const { session } = useSession();
  const [units] = useChannel('units:list', {});
  const [values, setValues] = useState({
    question: answer?.question ?? '',
    answer: answer?.answer ?? '',
    maySay: answer?.maySay ?? '',
    mayNotSay: answer?.mayNotSay ?? '',
    ownerUnitId: answer?.ownerUnitId ?? session.user.unitId ?? '',
    source: answer?.source ?? '',
    validUntil: answer?.validUntil ?? '',
    status: answer?.status ?? ('active' as AnswerStatus),
  });
  const [error, setError] = useState<string | null>(null);
  const set = (key: keyof typeof values) => (value: string) =>
    setValues((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await invoke('answers:save', {
      ...(answer ? { answerId: answer.id, revision: answer.revision } : {}),
      ...values,
      validUntil: values.validUntil || null,
    });
    if (result.ok) onSaved();
    else setError(result.error.message);
  }

  return (
    <Dialog
      title={t(answer ? 'materials.admin.answers.edit' : 'materials.admin.answers.new')}
      onClose={onClose}
    >
      <form onSubmit={(event) => void submit(event)} className="answer-form">
        <TextField
          label={t('materials.admin.answers.question')}
          value={values.question}
          required
          maxLength={500}
          onChange={(event) => set('question')(event.target.value)}
        />
        <TextArea
          label={t('materials.admin.answers.answer')}
          value={values.answer}
          maxLength={10_000}
          onChange={set('answer')}
        />
        <TextArea
          label={t('materials.qa.maySay')}
          value={values.maySay}
          rows={2}
          maxLength={4000}
          onChange={set('maySay')}
        />
        <TextArea
          label={t('materials.qa.mayNotSay')}
          value={values.mayNotSay}
          rows={2}
          maxLength={4000}
          onChange={set('mayNotSay')}
        />
        <div className="row">
          <SelectField
            label={t('materials.admin.answers.ownerUnit')}
            value={values.ownerUnitId}
            onChange={(event) => set('ownerUnitId')(event.target.value)}
          >
            {units.state === 'ready' &&
              units.value.map((unit) => (
                <option key={unit.id} value={unit.id}>
                  {unit.name}
                </option>
              ))}
          </SelectField>
          <TextField
            label={t('materials.qa.source')}
            value={values.source}
            maxLength={500}
            onChange={(event) => set('source')(event.target.value)}
          />
        </div>
        <div className="row">
          <DayField
            label={t('materials.admin.answers.validUntil')}
            value={values.validUntil}
            onChange={set('validUntil')}
          />
          <SelectField
            label={t('materials.admin.answers.status')}
            value={values.status}
            onChange={(event) => set('status')(event.target.value)}
          >
            {answerStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`materials.library.status.${status}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <ErrorMessage message={error} />
        <div className="actions">
          <button type="button" className="button" onClick={onClose}>
            {t('materials.checklist.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('materials.admin.answers.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
