import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/contract/appChannels.ts';
import type { CountyOverview } from '../../../shared/contract/workspaceChannels.ts';
import type { RequestSummary } from '../../../shared/domain/requestViews.ts';
import { ErrorMessage } from '../components/Field.tsx';
import { useCan } from '../session.tsx';
import { useChannel } from '../useChannel.ts';
import { RequestTable } from './requests/RequestTable.tsx';
import { ReminderList } from './scheduling/ReminderList.tsx';

interface HomePageProps {
  readonly info: AppInfo;
  readonly onOpen: (requestId: string) => void;
}

/** A home page per role: what waits for me, my events and what is due, and the county at a glance. */
export function HomePage({ info, onOpen }: HomePageProps) {
  const { t } = useTranslation();
  const seesRequests = useCan('requests.view');
  const seesSchedule = useCan('schedule.view');
  return (
    <section className="page page--wide">
      <h1>{t('home.welcome')}</h1>
      {seesRequests ? <RoleOverview onOpen={onOpen} /> : <p className="lead">{t('home.intro')}</p>}
      {seesSchedule && <ReminderList onOpen={onOpen} />}
      <p className="muted">
        {t('app.version', { version: info.version, schema: info.schemaVersion })} ·{' '}
        {info.mode === 'web' ? t('app.modeWeb') : t('app.modeDesktop')}
      </p>
    </section>
  );
}

function RoleOverview({ onOpen }: { readonly onOpen: (requestId: string) => void }) {
  const { t } = useTranslation();
  const [overview] = useChannel('home:overview', {});
  if (overview.state === 'loading') return null;
  if (overview.state === 'failed') return <ErrorMessage message={overview.error.message} />;
  const { county, waitingForMe, overdue, upcoming, myDrafts } = overview.value;
  const section = (
    id: string,
    title: string,
    items: readonly RequestSummary[],
    showEmpty: boolean,
  ) =>
    items.length === 0 && !showEmpty ? null : (
      <section key={id} aria-labelledby={`home-${id}`}>
        <h2 id={`home-${id}`}>
          {title} <span className="count">{items.length}</span>
        </h2>
        <RequestTable requests={items} onOpen={onOpen} caption={title} />
      </section>
    );
  const decides = waitingForMe.length > 0 || county !== null;
  return (
    <>
      {county && <CountyGlance county={county} onOpen={onOpen} />}
      {section('waiting', t('workspace.home.waitingForMe'), waitingForMe, decides)}
      {section('overdue', t('workspace.home.overdue'), overdue, false)}
      {section('upcoming', t('workspace.home.upcoming'), upcoming, true)}
      {section('drafts', t('workspace.home.myDrafts'), myDrafts, !decides)}
    </>
  );
}

function CountyGlance({
  county,
  onOpen,
}: {
  readonly county: CountyOverview;
  readonly onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const figures = [
    [t('workspace.home.eventsThisQuarter'), county.eventsThisQuarter],
    [t('workspace.home.approvedThisQuarter'), county.approvedThisQuarter],
    [t('workspace.home.pendingRequests'), county.pendingRequests],
  ] as const;
  return (
    <section aria-labelledby="home-county" className="county">
      <h2 id="home-county">
        {t('workspace.home.county')} · {t('workspace.home.quarter', { quarter: county.quarter })}
      </h2>
      <dl className="figures">
        {figures.map(([label, value]) => (
          <div key={label} className="figure">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>
        {t('workspace.home.unratified')}{' '}
        <span className="count">{county.unratifiedEmergencies.length}</span>
      </h3>
      <RequestTable
        requests={county.unratifiedEmergencies}
        onOpen={onOpen}
        caption={t('workspace.home.unratified')}
      />
      <h3>
        {t('workspace.home.unitsWithoutConference')}{' '}
        <span className="count">{county.unitsWithoutConference.length}</span>
      </h3>
      <p>
        {county.unitsWithoutConference.map((unit) => unit.unitName).join('、') ||
          t('workspace.home.none')}
      </p>
    </section>
  );
}
