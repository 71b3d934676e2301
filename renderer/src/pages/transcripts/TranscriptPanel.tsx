import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranscriptView } from '../../../../shared/domain/transcriptViews.ts';
import type { TranscriptTurn } from '../../../../shared/domain/transcripts.ts';
import { invoke } from '../../api.ts';
import { ErrorMessage } from '../../components/Field.tsx';
import { Tabs } from '../../components/Tabs.tsx';
import { useChannel } from '../../useChannel.ts';
import { CapturePane } from './CapturePane.tsx';
import { DeliverablesPane } from './DeliverablesPane.tsx';
import { QuestionQueue } from './QuestionQueue.tsx';
import { ReviewPane } from './ReviewPane.tsx';
import { TranscriptHeader } from './TranscriptHeader.tsx';
import { useTurnOutbox } from './useTurnOutbox.ts';
import './transcripts.css';

const tabs = ['capture', 'questions', 'deliverables', 'review'] as const;
type Tab = (typeof tabs)[number];

interface TranscriptPanelProps {
  readonly requestId: string;
  /** A turn to scroll to and mark (from a search hit). */
  readonly focusTurnId?: string | undefined;
}

/** The live transcript of one event; a screen of its own, and embeddable in an event workspace. */
export function TranscriptPanel({ requestId, focusTurnId }: TranscriptPanelProps) {
  const [loaded] = useChannel('transcripts:get', { requestId });
  if (loaded.state === 'loading') return null;
  if (loaded.state === 'failed') return <ErrorMessage message={loaded.error.message} />;
  return <TranscriptWorkspace key={requestId} initial={loaded.value} focusTurnId={focusTurnId} />;
}

function TranscriptWorkspace({
  initial,
  focusTurnId,
}: {
  readonly initial: TranscriptView;
  readonly focusTurnId: string | undefined;
}) {
  const { t } = useTranslation();
  const [view, setView] = useState(initial);
  const [tab, setTab] = useState<Tab>('capture');

  const turnSaved = useCallback(
    (turn: TranscriptTurn) =>
      setView((current) => {
        const exists = current.turns.some((item) => item.id === turn.id);
        const turns = exists
          ? current.turns.map((item) => (item.id === turn.id ? turn : item))
          : [...current.turns, turn].sort((a, b) => a.seq - b.seq);
        return { ...current, turns };
      }),
    [],
  );
  const outbox = useTurnOutbox(initial.event.requestId, turnSaved);
  const changed = useCallback((next: Partial<TranscriptView>) => {
    setView((current) => ({ ...current, ...next }));
  }, []);
  const { flush } = outbox;
  const requestId = initial.event.requestId;
  const end = useCallback(async () => {
    await flush();
    const result = await invoke('transcripts:end', { requestId });
    if (!result.ok) return result.error.message;
    setView(result.value);
    return null;
  }, [flush, requestId]);

  return (
    <section className="transcript">
      <TranscriptHeader view={view} beforeEnd={outbox.flush} onChanged={setView} />
      {view.status !== 'notStarted' && (
        <Tabs
          label={t('transcripts.tabs.label')}
          tabs={tabs.map((id) => ({ id, label: t(`transcripts.tabs.${id}`) }))}
          current={tab}
          onSelect={(id) => setTab(id as Tab)}
        >
          {tab === 'capture' && (
            <CapturePane
              view={view}
              outbox={outbox}
              focusTurnId={focusTurnId}
              onTurnSaved={turnSaved}
              onChanged={changed}
              onEnd={end}
            />
          )}
          {tab === 'questions' && <QuestionQueue view={view} onChanged={changed} />}
          {tab === 'deliverables' && <DeliverablesPane view={view} onChanged={changed} />}
          {tab === 'review' && <ReviewPane view={view} onChanged={setView} />}
        </Tabs>
      )}
    </section>
  );
}
