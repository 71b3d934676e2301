import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerSuggestion } from '../../../../shared/domain/transcriptViews.ts';
import { invoke } from '../../api.ts';
import { Highlighted } from './Highlighted.tsx';

const delayMs = 400;

/** Prepared answers (答问口径, 口径库) that share the most words with a question, as it is typed. */
export function AnswerSuggestions({
  requestId,
  question,
}: {
  readonly requestId: string;
  readonly question: string;
}) {
  const { t } = useTranslation();
  const [suggestions, setSuggestions] = useState<readonly AnswerSuggestion[] | null>(null);

  useEffect(() => {
    if (question.trim().length < 2) return;
    let current = true;
    const timer = window.setTimeout(() => {
      void invoke('transcripts:suggestAnswers', { requestId, text: question }).then((result) => {
        if (current && result.ok) setSuggestions(result.value);
      });
    }, delayMs);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [question, requestId]);

  if (question.trim().length < 2 || suggestions === null) return null;
  return (
    <section className="suggestions" aria-label={t('transcripts.questions.suggestions')}>
      <h3>{t('transcripts.questions.suggestions')}</h3>
      {suggestions.length === 0 ? (
        <p className="muted">{t('transcripts.questions.noSuggestions')}</p>
      ) : (
        <ul>
          {suggestions.map((suggestion) => (
            <li key={`${suggestion.kind}:${suggestion.refId}`}>
              <strong>{suggestion.title}</strong>
              <p>
                <Highlighted text={suggestion.snippet} ranges={suggestion.highlights} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
