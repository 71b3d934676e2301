import type { LexicalEditor } from 'lexical';
import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryAnswer } from '../../../../shared/domain/materialAnswers.ts';
import type { LibraryAnswerUse } from '../../../../shared/domain/materials.ts';
import { formatDay } from '../../../../shared/text/chineseDates.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { TextField } from '../../components/Field.tsx';
import { INSERT_QA_COMMAND } from '../../editor/editorCommands.ts';
import { useChannel } from '../../useChannel.ts';

interface LibraryPanelProps {
  readonly editable: boolean;
  readonly editorRef: RefObject<LexicalEditor | null>;
  readonly onInserted: (use: LibraryAnswerUse) => void;
}

/** Searches the 口径库 (one character is enough) and inserts an answer as a question of the 答问口径. */
export function LibraryPanel({ editable, editorRef, onInserted }: LibraryPanelProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'zh';
  const [text, setText] = useState('');
  const [answers] = useChannel('answers:search', { text, limit: 20 });

  function insert(answer: LibraryAnswer) {
    editorRef.current?.dispatchCommand(INSERT_QA_COMMAND, {
      content: {
        question: answer.question,
        answer: answer.answer,
        maySay: answer.maySay,
        mayNotSay: answer.mayNotSay,
        owner: answer.ownerUnitName,
        source: answer.source,
      },
      libraryAnswerId: answer.id,
    });
    onInserted({
      answerId: answer.id,
      question: answer.question,
      validUntil: answer.validUntil,
      status: answer.status,
      expired: answer.expired,
    });
  }

  return (
    <div className="library">
      <TextField
        label={t('materials.library.search')}
        type="search"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      {answers.state === 'ready' &&
        answers.value.length === 0 &&
        (text.trim() === '' ? (
          <EmptyState
            purpose={t('materials.library.emptyPurpose')}
            hint={t('materials.library.emptyHint')}
          />
        ) : (
          <EmptyState
            purpose={t('materials.library.none')}
            hint={t('materials.library.noneHint')}
          />
        ))}
      <ul className="library__answers">
        {answers.state === 'ready' &&
          answers.value.map((answer) => (
            <li key={answer.id} className="library__answer">
              <strong>{answer.question}</strong>
              <div className="muted">
                {answer.ownerUnitName} · {t(`materials.library.status.${answer.status}`)} ·{' '}
                {answer.validUntil
                  ? t('materials.library.validUntil', {
                      date: formatDay(answer.validUntil, { language }),
                    })
                  : t('materials.library.noExpiry')}
                {answer.expired && (
                  <span className="badge badge--bad">{t('materials.library.expired')}</span>
                )}
              </div>
              <p className="library__text">{answer.answer}</p>
              {editable && (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => insert(answer)}
                >
                  {t('materials.library.insert')}
                </button>
              )}
            </li>
          ))}
      </ul>
    </div>
  );
}
