import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranscriptSpeaker } from '../../../../shared/domain/transcripts.ts';
import { speakerLabel } from '../../../../shared/rules/transcriptFormat.ts';
import { normalizeSearchText } from '../../../../shared/search/searchText.ts';
import { AddSpeakerForm } from './AddSpeakerForm.tsx';

interface SpeakerRosterProps {
  readonly requestId: string;
  readonly speakers: readonly TranscriptSpeaker[];
  readonly currentId: string | null;
  readonly canAdd: boolean;
  readonly outlets: readonly string[];
  readonly searchRef: RefObject<HTMLInputElement | null>;
  readonly onSelect: (speakerId: string) => void;
  readonly onAdded: (speakers: readonly TranscriptSpeaker[]) => void;
}

const matches = (speaker: TranscriptSpeaker, query: string) =>
  normalizeSearchText([speaker.name, speaker.outlet, speaker.title].join(' ')).includes(
    normalizeSearchText(query.trim()),
  );

/** Who may speak: the first nine by Alt+1…9, anyone by the quick search (Alt+0), reporters added on the fly. */
export function SpeakerRoster({ searchRef, ...props }: SpeakerRosterProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const shown = props.speakers
    .map((speaker, index) => ({ speaker, index }))
    .filter(({ speaker }) => query.trim() === '' || matches(speaker, query));

  function pick(speakerId: string) {
    setQuery('');
    props.onSelect(speakerId);
  }

  return (
    <section className="roster" aria-labelledby="roster-title">
      <h2 id="roster-title">{t('transcripts.roster.title')}</h2>
      <p className="muted roster__hint">{t('transcripts.roster.hotkeys')}</p>
      <input
        ref={searchRef}
        type="search"
        className="roster__search"
        aria-label={t('transcripts.roster.search')}
        placeholder={t('transcripts.roster.searchHint')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.nativeEvent.isComposing && shown[0]) {
            event.preventDefault();
            pick(shown[0].speaker.id);
          }
        }}
      />
      {shown.length === 0 && <p className="muted">{t('transcripts.roster.noMatch')}</p>}
      <ol className="roster__list">
        {shown.map(({ speaker, index }) => (
          <li key={speaker.id}>
            <button
              type="button"
              className="roster__speaker"
              aria-pressed={speaker.id === props.currentId}
              aria-label={t('transcripts.roster.select', { name: speakerLabel(speaker) })}
              onClick={() => pick(speaker.id)}
            >
              <kbd className="roster__key">{index < 9 ? `Alt+${index + 1}` : ''}</kbd>
              <span className="roster__name">{speakerLabel(speaker)}</span>
              <span className="roster__role">
                {t(`transcripts.roles.${speaker.role}`)}
                {speaker.title && ` · ${speaker.title}`}
              </span>
            </button>
          </li>
        ))}
      </ol>
      {props.canAdd && (
        <AddSpeakerForm
          requestId={props.requestId}
          outlets={props.outlets}
          onAdded={(speakers) => {
            props.onAdded(speakers);
            const added = speakers.at(-1);
            if (added) props.onSelect(added.id);
          }}
        />
      )}
    </section>
  );
}
