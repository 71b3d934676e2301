import { useCallback, useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventWorkspace } from '../../../../shared/contract/workspaceChannels.ts';
import { useDateText } from '../../components/dates/useDateText.ts';
import { invoke } from '../../api.ts';
import { dueDayText } from '../../components/dates/dueDayText.ts';
import { ErrorMessage } from '../../components/Field.tsx';
import { Tabs, type TabItem } from '../../components/Tabs.tsx';
import { useChannel } from '../../useChannel.ts';
import { useLiveRefresh } from '../../useLiveRefresh.ts';
import { RequestActions } from '../requests/RequestActions.tsx';
import { RequestEditor } from '../requests/RequestEditor.tsx';
import { RequestFiles } from '../requests/RequestFiles.tsx';
import { RequestNotices, SaveStatus } from '../requests/RequestNotices.tsx';
import { Timeline } from '../requests/Timeline.tsx';
import { useRequestEditing } from '../requests/useRequestEditing.ts';
import { eventChangingChannels } from './eventChangingChannels.ts';
import { ExportsHistory } from './ExportsHistory.tsx';
import { StageBar } from './StageBar.tsx';
import { tabBadges } from './tabBadges.ts';
import { WorkspaceHeadline } from './WorkspaceHeadline.tsx';
import { workspaceSections } from './workspaceSections.tsx';
import './workspace.css';

const tabIds = ['request', 'materials', 'schedule', 'transcript', 'files', 'history'] as const;
type TabId = (typeof tabIds)[number];

/** One event in one place: who, when, where, the five stages, what to do now, and every part of it. */
export function WorkspacePage({ requestId }: { readonly requestId: string }) {
  const [loaded] = useChannel('workspace:get', { requestId });
  if (loaded.state === 'loading') return null;
  if (loaded.state === 'failed') return <ErrorMessage message={loaded.error.message} />;
  return <Workspace key={requestId} initial={loaded.value} />;
}

function Workspace({ initial }: { readonly initial: EventWorkspace }) {
  const { t, i18n } = useTranslation();
  const dates = useDateText();
  const language = i18n.language === 'en' ? 'en' : 'zh';
  const dueDay = (day: string) => dueDayText(day, language);
  const [overview, setOverview] = useState(initial);
  const [tab, setTab] = useState<TabId>('request');
  // The overview (facts, stages, 现在可以做) folds into the headline once a tab is opened, so the
  // tab's content (the editor, the capture input) starts within the first screen of a laptop.
  const [overviewOpen, setOverviewOpen] = useState(true);
  const detailsId = useId();
  const refresh = useCallback(() => {
    void invoke('workspace:get', { requestId: initial.request.id }).then((result) => {
      if (result.ok) setOverview(result.value);
    });
  }, [initial.request.id]);
  const stamp = useCallback(
    () =>
      invoke('workspace:stamp', { requestId: initial.request.id }).then((result) =>
        result.ok ? result.value : null,
      ),
    [initial.request.id],
  );
  useLiveRefresh(eventChangingChannels, refresh, stamp);
  const editing = useRequestEditing(initial.request, refresh);
  const { changed } = editing;
  // Another person moved the request on (a decision, an import): adopt it, fields and revision.
  // Within one revision the newer reading of the request (its problems, its actions) is the
  // overview's, refreshed after every action; the form keeps what is being typed.
  const remoteRevision = overview.request.revision > editing.request.revision;
  useEffect(() => {
    if (remoteRevision) changed(overview.request);
  }, [remoteRevision, changed, overview.request]);
  const request =
    overview.request.revision >= editing.request.revision ? overview.request : editing.request;
  const live = { ...editing, request };
  const { fields } = editing;
  const section = (id: 'materials' | 'schedule' | 'transcript') =>
    workspaceSections[id]?.(request.id) ?? (
      <p className="muted">{t('workspace.notYetAvailable')}</p>
    );

  const panels: Record<TabId, () => ReactNode> = {
    request: () => <RequestEditor editing={live} showTimeline={false} />,
    materials: () => section('materials'),
    schedule: () => (
      <>
        <p>
          {fields.startsAt
            ? t('workspace.scheduleInfo', {
                time: dates.dayTime(fields.startsAt),
                venue: fields.venue || '—',
              })
            : t('workspace.scheduleUnset')}
        </p>
        {workspaceSections.schedule?.(request.id)}
      </>
    ),
    transcript: () => section('transcript'),
    files: () => (
      <>
        <h2>{t('workspace.exportsTitle')}</h2>
        <ExportsHistory exports={overview.exports} />
      </>
    ),
    history: () => (
      <Timeline
        key={`${request.revision}-${editing.version}-${overview.exports.length}`}
        requestId={request.id}
      />
    ),
  };
  const badges = tabBadges(t, overview);
  const tabs: TabItem[] = tabIds.map((id) => ({
    id,
    label: t(`workspace.tabs.${id}`),
    ...(badges[id] ? { badge: badges[id] } : {}),
  }));

  return (
    <section className="page page--wide workspace">
      <header
        className={
          overviewOpen ? 'workspace__header' : 'workspace__header workspace__header--folded'
        }
      >
        <WorkspaceHeadline
          title={fields.title || t('requests.untitled')}
          request={request}
          stages={overview.stages}
          saveStatus={<SaveStatus editing={live} />}
          open={overviewOpen}
          detailsId={detailsId}
          onToggle={() => setOverviewOpen((value) => !value)}
        />
        <div id={detailsId} className="workspace__details" hidden={!overviewOpen}>
          <dl className="workspace__facts">
            <dt>{t('workspace.header.form')}</dt>
            <dd>{t(`requests.forms.${fields.form}`)}</dd>
            <dt>{t('workspace.header.unit')}</dt>
            <dd>{request.unitName}</dd>
            <dt>{t('workspace.header.time')}</dt>
            <dd>{dates.dayTime(fields.startsAt) || '—'}</dd>
            <dt>{t('workspace.header.venue')}</dt>
            <dd>{fields.venue || '—'}</dd>
          </dl>
          <StageBar stages={overview.stages} />
          <section className="workspace__next" aria-labelledby="next-actions-title">
            <h2 id="next-actions-title">{t('workspace.nextActions')}</h2>
            {request.actions.filter((action) => action !== 'edit').length === 0 && (
              <p className="muted">{t('workspace.noActions')}</p>
            )}
            <RequestActions request={request} flush={editing.flush} onChanged={editing.changed} />
            <RequestFiles request={request} onExported={editing.touched} />
            {request.requestDueDate && request.materialsDueDate && (
              <p className="muted">
                {t('lists.labelled', { label: t('workspace.deadlines') })}
                {t('workspace.requestDue')} {dueDay(request.requestDueDate)}
                {t('lists.clauses')}
                {t('workspace.materialsDue')} {dueDay(request.materialsDueDate)}
              </p>
            )}
            <RequestNotices editing={live} />
          </section>
        </div>
      </header>
      <Tabs
        label={t('workspace.tabs.label')}
        tabs={tabs}
        current={tab}
        onSelect={(id) => {
          setTab(id as TabId);
          setOverviewOpen(false);
        }}
      >
        {panels[tab]()}
      </Tabs>
    </section>
  );
}
