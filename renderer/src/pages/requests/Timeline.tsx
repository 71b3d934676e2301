import { useTranslation } from 'react-i18next';
import { formatShanghaiDateTime } from '../../../../shared/rules/shanghaiTime.ts';
import type { Resources } from '../../i18n/zhCN.ts';
import { useChannel } from '../../useChannel.ts';

type LabelledAction = `request.${keyof Resources['requests']['timelineActions']['request']}`;

/** The request's history, built from the audit chain. Remount (key) it to refresh. */
export function Timeline({ requestId }: { readonly requestId: string }) {
  const { t, i18n } = useTranslation();
  const [entries] = useChannel('requests:timeline', { requestId });
  // Actions the timeline has no words for (other parts of the event) show as they are.
  const isLabelled = (action: string): action is LabelledAction =>
    i18n.exists(`requests.timelineActions.${action}`);
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('requests.timelineTitle')}</h2>
      {entries.state === 'ready' && (
        <ol className="timeline">
          {entries.value.map((entry) => (
            <li key={entry.seq}>
              <span className="timeline__time">{formatShanghaiDateTime(entry.at)}</span>
              <span>{entry.actorName ?? '—'}</span>
              <span>
                {isLabelled(entry.action)
                  ? t(`requests.timelineActions.${entry.action}`)
                  : entry.action}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
