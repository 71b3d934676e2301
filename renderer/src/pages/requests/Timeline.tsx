import { useTranslation } from 'react-i18next';
import { auditActionLabel } from '../../../../shared/domain/auditLabels.ts';
import { useDateText } from '../../components/dates/useDateText.ts';
import type { zhCN } from '../../i18n/zhCN.ts';
import { useChannel } from '../../useChannel.ts';

type LabelledAction = `request.${keyof (typeof zhCN)['requests']['timelineActions']['request']}`;

/** The request's history, built from the audit chain. Remount (key) it to refresh. */
export function Timeline({ requestId }: { readonly requestId: string }) {
  const { t, i18n } = useTranslation();
  const dates = useDateText();
  const [entries] = useChannel('requests:timeline', { requestId });
  // Other parts of the event (an export, a sign-off) read as the audit log names them.
  const isLabelled = (action: string): action is LabelledAction =>
    i18n.exists(`requests.timelineActions.${action}`);
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('requests.timelineTitle')}</h2>
      {entries.state === 'ready' && (
        <ol className="timeline">
          {entries.value.map((entry) => (
            <li key={entry.seq}>
              <span className="timeline__time">{dates.dayTime(entry.at)}</span>
              <span>{entry.actorName ?? '—'}</span>
              <span>
                {isLabelled(entry.action)
                  ? t(`requests.timelineActions.${entry.action}`)
                  : auditActionLabel(entry.action, dates.language)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
