import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryAnswer } from '../../../../../shared/domain/materialAnswers.ts';
import { TextField } from '../../../components/Field.tsx';
import { useChannel } from '../../../useChannel.ts';
import { AnswerForm } from './AnswerForm.tsx';
import '../materials.css';

/** 口径库: reusable answers with owning unit, validity and status; search, add and edit. */
export function AnswersPage() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [answers, reload] = useChannel('answers:search', { text, limit: 100 });
  const [editing, setEditing] = useState<LibraryAnswer | 'new' | null>(null);
  return (
    <section className="page page--wide">
      <div className="page__title">
        <h1>{t('materials.admin.answers.title')}</h1>
        <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
          {t('materials.admin.answers.new')}
        </button>
      </div>
      <div className="form-narrow">
        <TextField
          label={t('materials.library.search')}
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      {editing && (
        <AnswerForm
          key={editing === 'new' ? 'new' : `${editing.id}-${editing.revision}`}
          answer={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
        />
      )}
      <table className="table">
        <caption className="visually-hidden">{t('materials.admin.answers.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('materials.admin.answers.question')}</th>
            <th scope="col">{t('materials.admin.answers.ownerUnit')}</th>
            <th scope="col">{t('materials.admin.answers.validUntil')}</th>
            <th scope="col">{t('materials.admin.answers.status')}</th>
          </tr>
        </thead>
        <tbody>
          {answers.state === 'ready' &&
            answers.value.map((answer) => (
              <tr key={answer.id}>
                <td>
                  <button type="button" className="link-button" onClick={() => setEditing(answer)}>
                    {answer.question}
                  </button>
                </td>
                <td>{answer.ownerUnitName}</td>
                <td>
                  {answer.validUntil ?? t('materials.library.noExpiry')}
                  {answer.expired && (
                    <span className="badge badge--bad">{t('materials.library.expired')}</span>
                  )}
                </td>
                <td>{t(`materials.library.status.${answer.status}`)}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </section>
  );
}
