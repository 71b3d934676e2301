import { useTranslation } from 'react-i18next';
import { formatShanghaiDateTime } from '../../../../shared/rules/shanghaiTime.ts';
import { useChannel } from '../../useChannel.ts';

const actionLabels: Readonly<Record<string, string>> = {
  'request.create': '新建报批',
  'request.save': '保存修改',
  'request.submit': '提交审批',
  'request.approve': '同意',
  'request.return': '退回修改',
  'request.reject': '不予批准',
  'request.withdraw': '撤回',
  'request.reopen': '重新编辑',
  'request.cancel': '取消发布',
  'request.postpone': '延期',
  'request.reschedule': '改期',
  'request.fastTrack': '快速审批',
  'request.ratify': '追认',
  'request.approvalVoided': '原审批失效',
  'request.attachmentAdded': '添加附件',
  'request.attachmentRemoved': '删除附件',
  'request.received': '收到数据包',
  'request.exported': '导出数据包',
};

/** The request's history, built from the audit chain. Remount (key) it to refresh. */
export function Timeline({ requestId }: { readonly requestId: string }) {
  const { t } = useTranslation();
  const [entries] = useChannel('requests:timeline', { requestId });
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('requests.timelineTitle')}</h2>
      {entries.state === 'ready' && (
        <ol className="timeline">
          {entries.value.map((entry) => (
            <li key={entry.seq}>
              <span className="timeline__time">{formatShanghaiDateTime(entry.at)}</span>
              <span>{entry.actorName ?? '—'}</span>
              <span>{actionLabels[entry.action] ?? entry.action}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
