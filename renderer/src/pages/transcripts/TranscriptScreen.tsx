import { useTranslation } from 'react-i18next';
import { TranscriptPanel } from './TranscriptPanel.tsx';
import { TranscriptsPage } from './TranscriptsPage.tsx';

interface TranscriptScreenProps {
  /** `<requestId>` or `<requestId>/<turnId>` from `#/transcripts/…`; none for the list. */
  readonly detail: string | undefined;
  readonly navigate: (route: string) => void;
}

/** The 现场实录 screen: the list and search, or one event's transcript (at a turn, from a search hit). */
export function TranscriptScreen({ detail, navigate }: TranscriptScreenProps) {
  const { t } = useTranslation();
  const open = (requestId: string, turnId?: string) =>
    navigate(`transcripts/${requestId}${turnId ? `/${turnId}` : ''}`);
  if (!detail) return <TranscriptsPage onOpen={open} />;
  const [requestId = '', turnId] = detail.split('/');
  return (
    <section className="page page--wide transcript-screen">
      <button type="button" className="link-button" onClick={() => navigate('transcripts')}>
        {t('transcripts.back')}
      </button>
      <TranscriptPanel key={detail} requestId={requestId} focusTurnId={turnId} />
    </section>
  );
}
