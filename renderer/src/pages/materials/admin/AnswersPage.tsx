import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryAnswer } from '../../../../../shared/domain/materialAnswers.ts';
import { shanghaiDate } from '../../../../../shared/rules/workingDays.ts';
import { formatDay } from '../../../../../shared/text/chineseDates.ts';
import { EmptyState } from '../../../components/EmptyState.tsx';
import { TextField } from '../../../components/Field.tsx';
import { useChannel } from '../../../useChannel.ts';
import { AnswerForm } from './AnswerForm.tsx';
import '../materials.css';

/** Days until an answer expires, when that is within the next 30 days (0: today is the last). */
function daysLeft(answer: LibraryAnswer, today: string): number | null {
  if (!answer.validUntil || answer.expired) return null;
  const days = Math.round((Date.parse(answer.validUntil) - Date.parse(today)) / 86_400_000);
  return days >= 0 && days <= 30 ? days : null;
}

function ExpiringBadge({ days }: { readonly days: number | null }) {
  const { t } = useTranslation();
  if (days === null) return null;
  return <span className="badge badge--pending">{t('materials.library.expiring', { days })}</span>;
}

/** 口径库: reusable answers with owning unit, validity and status; search, add and edit. */
export function AnswersPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'zh';
  const [text, setText] = useState('');
  const [answers, reload] = useChannel('answers:search', { text, limit: 100 });
  const [editing, setEditing] = useState<LibraryAnswer | 'new' | null>(null);
  const today = shanghaiDate(new Date());
  const empty = answers.state === 'ready' && answers.value.length === 0;
  return (
    <section className="page page--broad">
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
      {!empty && (
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
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => setEditing(answer)}
                    >
                      {answer.question}
                    </button>
                  </td>
                  <td>{answer.ownerUnitName}</td>
                  <td>
                    {answer.validUntil
                      ? formatDay(answer.validUntil, { language })
                      : t('materials.library.noExpiry')}
                    {answer.expired && (
                      <span className="badge badge--bad">{t('materials.library.expired')}</span>
                    )}
                    <ExpiringBadge days={daysLeft(answer, today)} />
                  </td>
                  <td>{t(`materials.library.status.${answer.status}`)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
      {empty &&
        (text.trim() === '' ? (
          <EmptyState
            purpose={t('materials.library.emptyPurpose')}
            hint={t('materials.admin.answers.emptyHint')}
            action={
              <button type="button" className="button" onClick={() => setEditing('new')}>
                {t('materials.admin.answers.new')}
              </button>
            }
          />
        ) : (
          <EmptyState
            purpose={t('materials.library.none')}
            hint={t('materials.library.noneHint')}
          />
        ))}
    </section>
  );
}
