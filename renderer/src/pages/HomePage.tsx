import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/contract/appChannels.ts';
import type { CountyOverview } from '../../../shared/contract/workspaceChannels.ts';
import { EmptyState } from '../components/EmptyState.tsx';
import { ErrorMessage } from '../components/Field.tsx';
import { useCan } from '../session.tsx';
import { usePersonalTodo } from '../todoCount.tsx';
import { useChannel } from '../useChannel.ts';
import { RequestTable } from './requests/RequestTable.tsx';
import { NewRequestButton } from './todo/NewRequestButton.tsx';
import { TodoSections } from './todo/TodoSections.tsx';
import { formatQuarter } from '../../../shared/text/chineseDates.ts';

interface HomePageProps {
  readonly info: AppInfo;
  readonly onOpen: (requestId: string) => void;
  readonly navigate: (route: string) => void;
}

/**
 * A home page per role: first what waits on this person (the same list and count as 待办), then
 * what the role watches (the county at a glance for the news office and the authority) and the
 * events coming up.
 */
export function HomePage({ info, onOpen, navigate }: HomePageProps) {
  const { t } = useTranslation();
  const seesRequests = useCan('requests.view');
  const drafts = useCan('requests.draft');
  return (
    <section className="page page--wide">
      <div className="page__title">
        <h1>{t('home.welcome')}</h1>
        {drafts && <NewRequestButton navigate={navigate} />}
      </div>
      <MyTodo navigate={navigate} />
      {seesRequests && <RoleOverview onOpen={onOpen} />}
      <p className="muted">
        {t('app.version', { version: info.version, schema: info.schemaVersion })} ·{' '}
        {info.mode === 'web' ? t('app.modeWeb') : t('app.modeDesktop')}
      </p>
    </section>
  );
}

function MyTodo({ navigate }: { readonly navigate: (route: string) => void }) {
  const { t } = useTranslation();
  const [todo] = usePersonalTodo();
  if (todo.state === 'loading') return null;
  if (todo.state === 'failed') return <ErrorMessage message={todo.error.message} />;
  const { count, sections } = todo.value;
  return (
    <section aria-labelledby="home-todo" className="home-todo">
      <h2 id="home-todo">
        {t('todo.mine')}{' '}
        <span className="count" data-testid="home-todo-count">
          {count}
        </span>
      </h2>
      {count === 0 ? (
        <EmptyState purpose={t('todo.allClear')} hint={t('todo.allClearHint')} />
      ) : (
        <TodoSections sections={sections} navigate={navigate} onlyPending level={3} />
      )}
    </section>
  );
}

/** What the role watches besides its own work: the county, and the events coming up. */
function RoleOverview({ onOpen }: { readonly onOpen: (requestId: string) => void }) {
  const { t } = useTranslation();
  const ratifies = useCan('requests.ratify');
  const [overview] = useChannel('home:overview', {});
  if (overview.state === 'loading') return null;
  if (overview.state === 'failed') return <ErrorMessage message={overview.error.message} />;
  const { county, upcoming } = overview.value;
  return (
    <>
      {county && (
        // Whoever ratifies has the unratified emergencies in 待办 already.
        <CountyGlance county={county} onOpen={onOpen} withUnratified={!ratifies} />
      )}
      <section aria-labelledby="home-upcoming">
        <h2 id="home-upcoming">
          {t('workspace.home.upcoming')} <span className="count">{upcoming.length}</span>
        </h2>
        {upcoming.length === 0 ? (
          <EmptyState purpose={t('todo.upcomingEmpty')} />
        ) : (
          <RequestTable
            requests={upcoming}
            onOpen={onOpen}
            caption={t('workspace.home.upcoming')}
          />
        )}
      </section>
    </>
  );
}

function CountyGlance({
  county,
  onOpen,
  withUnratified,
}: {
  readonly county: CountyOverview;
  readonly onOpen: (id: string) => void;
  readonly withUnratified: boolean;
}) {
  const { t, i18n } = useTranslation();
  const figures = [
    [t('workspace.home.eventsThisQuarter'), county.eventsThisQuarter],
    [t('workspace.home.approvedThisQuarter'), county.approvedThisQuarter],
    [t('workspace.home.pendingRequests'), county.pendingRequests],
  ] as const;
  return (
    <section aria-labelledby="home-county" className="county">
      <h2 id="home-county">
        {t('workspace.home.county')} ·{' '}
        {formatQuarter(county.quarter, i18n.language === 'en' ? 'en' : 'zh')}
      </h2>
      <dl className="figures">
        {figures.map(([label, value]) => (
          <div key={label} className="figure">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {withUnratified && (
        <>
          <h3>
            {t('workspace.home.unratified')}{' '}
            <span className="count">{county.unratifiedEmergencies.length}</span>
          </h3>
          {county.unratifiedEmergencies.length === 0 ? (
            <EmptyState purpose={t('todo.unratifiedEmpty')} />
          ) : (
            <RequestTable
              requests={county.unratifiedEmergencies}
              onOpen={onOpen}
              caption={t('workspace.home.unratified')}
            />
          )}
        </>
      )}
      <h3>
        {t('workspace.home.unitsWithoutConference')}{' '}
        <span className="count">{county.unitsWithoutConference.length}</span>
      </h3>
      <p>
        {county.unitsWithoutConference
          .map((unit) => unit.unitName)
          .join(t('punctuation.listSeparator')) || t('workspace.home.none')}
      </p>
    </section>
  );
}
