import { useTranslation } from 'react-i18next';
import type { TranscriptSpeaker, TranscriptTurn } from '../../../../shared/domain/transcripts.ts';
import { publishedLine, speakerLabel } from '../../../../shared/rules/transcriptFormat.ts';
import { EmptyState } from '../../components/EmptyState.tsx';

/** The transcript as it will be published: one `[姓名] … [时间]` paragraph per turn. */
export function PublishedView({
  turns,
  speakers,
}: {
  readonly turns: readonly TranscriptTurn[];
  readonly speakers: readonly TranscriptSpeaker[];
}) {
  const { t } = useTranslation();
  const byId = new Map(speakers.map((speaker) => [speaker.id, speaker]));
  return (
    <section className="published" aria-label={t('transcripts.turns.publishedTitle')}>
      {turns.length === 0 && (
        <EmptyState
          purpose={t('transcripts.turns.emptyPurpose')}
          hint={t('transcripts.turns.publishedEmpty')}
        />
      )}
      {turns.map((turn) => {
        const speaker = byId.get(turn.speakerId);
        return (
          <p key={turn.id}>
            {publishedLine(speaker ? speakerLabel(speaker) : '', turn.text, turn.spokenAt)}
          </p>
        );
      })}
    </section>
  );
}
