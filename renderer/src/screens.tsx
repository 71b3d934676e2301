import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { AppInfo } from '../../shared/contract/appChannels.ts';
import type { Permission } from '../../shared/domain/permissions.ts';
import { HomePage } from './pages/HomePage.tsx';
import { ArchivePage } from './pages/admin/ArchivePage.tsx';
import { AuditPage } from './pages/admin/AuditPage.tsx';
import { ExchangePage } from './pages/admin/ExchangePage.tsx';
import { SettingsPage } from './pages/admin/SettingsPage.tsx';
import { UnitsPage } from './pages/admin/UnitsPage.tsx';
import { UsersPage } from './pages/admin/UsersPage.tsx';
import { DocumentRegisterPage } from './pages/documentNumbers/DocumentRegisterPage.tsx';
import { EvaluationPage } from './pages/evaluation/EvaluationPage.tsx';
import { ConcernPage } from './pages/concerns/ConcernPage.tsx';
import { ConcernsPage } from './pages/concerns/ConcernsPage.tsx';
import { RequestPage } from './pages/requests/RequestPage.tsx';
import { RequestsPage } from './pages/requests/RequestsPage.tsx';
import { MaterialsPage } from './pages/materials/MaterialsPage.tsx';
import { AnswersPage } from './pages/materials/admin/AnswersPage.tsx';
import { ChecklistPage } from './pages/materials/admin/ChecklistPage.tsx';
import { TemplatesPage } from './pages/materials/admin/TemplatesPage.tsx';
import { WordingPage } from './pages/materials/admin/WordingPage.tsx';
import { CompliancePage } from './pages/scheduling/CompliancePage.tsx';
import { PlansPage } from './pages/scheduling/PlansPage.tsx';
import { RegistersPage } from './pages/scheduling/RegistersPage.tsx';
import { RulesSettingsPage } from './pages/scheduling/RulesSettingsPage.tsx';
import { SchedulePage } from './pages/scheduling/SchedulePage.tsx';
import { TranscriptScreen } from './pages/transcripts/TranscriptScreen.tsx';
import { GuidePage } from './pages/GuidePage.tsx';
import { TodoPage } from './pages/todo/TodoPage.tsx';
import { WorkspacePage } from './pages/workspace/WorkspacePage.tsx';

export interface ScreenContext {
  readonly info: AppInfo;
  /** What follows the screen's route in the address (#/requests/<id> gives the id). */
  readonly detail: string | undefined;
  readonly navigate: (route: string) => void;
  readonly refreshSession: () => void;
}

/** One entry of the navigation: its route, label, the permission it needs, and what it shows. */
export interface Screen {
  readonly route: string;
  readonly label: (t: TFunction) => string;
  readonly permission?: Permission;
  /** Reached from other screens, not listed in the navigation; highlights `navParent` instead. */
  readonly navParent?: string;
  readonly render: (context: ScreenContext) => ReactNode;
}

const openEvent = (context: ScreenContext) => (id: string) => context.navigate(`events/${id}`);

/** Every screen, in navigation order. A feature adds its screens here. */
export const screens: readonly Screen[] = [
  {
    route: 'home',
    label: (t) => t('nav.home'),
    render: (context) => (
      <HomePage info={context.info} onOpen={openEvent(context)} navigate={context.navigate} />
    ),
  },
  {
    // 待办 applies to every role (the administrator's first-run steps are there too).
    route: 'inbox',
    label: (t) => t('todo.title'),
    render: ({ navigate }) => <TodoPage navigate={navigate} />,
  },
  {
    // 舆情 register (issue 21): the news office and the units concerned (#/concerns/<id>).
    route: 'concerns',
    label: (t) => t('concerns.nav'),
    permission: 'concerns.view',
    render: ({ detail, navigate }) =>
      detail ? (
        <ConcernPage key={detail} concernId={detail} navigate={navigate} />
      ) : (
        <ConcernsPage navigate={navigate} />
      ),
  },
  {
    route: 'requests',
    label: (t) => t('requests.nav'),
    permission: 'requests.view',
    render: (context) =>
      context.detail ? (
        <RequestPage requestId={context.detail} />
      ) : (
        <RequestsPage onOpen={openEvent(context)} />
      ),
  },
  {
    route: 'events',
    label: (t) => t('requests.nav'),
    permission: 'requests.view',
    navParent: 'requests',
    render: (context) =>
      context.detail ? (
        <WorkspacePage requestId={context.detail} />
      ) : (
        <RequestsPage onOpen={openEvent(context)} />
      ),
  },
  {
    route: 'materials',
    label: (t) => t('materials.nav'),
    permission: 'materials.view',
    // Reached from an event (its workspace tab embeds MaterialsPanel); not a navigation entry.
    navParent: 'requests',
    render: ({ detail, navigate }) => <MaterialsPage detail={detail} navigate={navigate} />,
  },
  {
    route: 'answers',
    label: (t) => t('materials.admin.answers.nav'),
    permission: 'answers.manage',
    render: () => <AnswersPage />,
  },
  {
    route: 'schedule',
    label: (t) => t('scheduling.nav.schedule'),
    permission: 'schedule.view',
    render: (context) => <SchedulePage onOpen={openEvent(context)} />,
  },
  {
    route: 'plans',
    label: (t) => t('scheduling.nav.plans'),
    permission: 'schedule.view',
    render: (context) => <PlansPage onOpen={openEvent(context)} />,
  },
  {
    route: 'compliance',
    label: (t) => t('scheduling.nav.compliance'),
    permission: 'compliance.view',
    render: (context) => <CompliancePage onOpen={openEvent(context)} />,
  },
  {
    route: 'registers',
    label: (t) => t('scheduling.nav.registers'),
    permission: 'schedule.view',
    render: () => <RegistersPage />,
  },
  {
    route: 'documentNumbers',
    label: (t) => t('documentNumbers.nav'),
    permission: 'documentNumbers.manage',
    render: () => <DocumentRegisterPage />,
  },
  { route: 'guide', label: (t) => t('workspace.guide.nav'), render: () => <GuidePage /> },
  {
    // 发布评估 of one event, reached from the event (#/evaluation/<requestId>).
    route: 'evaluation',
    label: (t) => t('evaluation.nav'),
    permission: 'transcripts.view',
    navParent: 'transcripts',
    render: ({ detail, navigate }) =>
      detail ? (
        <EvaluationPage key={detail} requestId={detail} navigate={navigate} />
      ) : (
        <TranscriptScreen detail={undefined} navigate={navigate} />
      ),
  },
  {
    route: 'transcripts',
    label: (t) => t('transcripts.nav'),
    permission: 'transcripts.view',
    render: ({ detail, navigate }) => <TranscriptScreen detail={detail} navigate={navigate} />,
  },
  {
    route: 'admin/users',
    label: (t) => t('admin.users.nav'),
    permission: 'admin.users',
    render: () => <UsersPage />,
  },
  {
    route: 'admin/units',
    label: (t) => t('admin.units.nav'),
    permission: 'admin.units',
    render: () => <UnitsPage />,
  },
  {
    route: 'admin/settings',
    label: (t) => t('admin.settings.nav'),
    permission: 'admin.settings',
    render: ({ refreshSession }) => <SettingsPage onSaved={refreshSession} />,
  },
  {
    route: 'admin/rules',
    label: (t) => t('scheduling.nav.rules'),
    permission: 'admin.settings',
    render: () => <RulesSettingsPage />,
  },
  {
    route: 'admin/templates',
    label: (t) => t('materials.admin.templates.nav'),
    permission: 'admin.settings',
    render: () => <TemplatesPage />,
  },
  {
    route: 'admin/checklist',
    label: (t) => t('materials.admin.checklist.nav'),
    permission: 'admin.settings',
    render: () => <ChecklistPage />,
  },
  {
    route: 'admin/wording',
    label: (t) => t('materials.admin.wording.nav'),
    permission: 'wording.admin',
    render: () => <WordingPage />,
  },
  {
    route: 'admin/exchange',
    label: (t) => t('admin.exchange.nav'),
    permission: 'admin.exchange',
    render: () => <ExchangePage />,
  },
  {
    route: 'admin/archive',
    label: (t) => t('admin.archive.nav'),
    permission: 'admin.audit',
    render: () => <ArchivePage />,
  },
  {
    route: 'admin/audit',
    label: (t) => t('admin.audit.nav'),
    permission: 'admin.audit',
    render: () => <AuditPage />,
  },
];

/**
 * The screen an address names, and the rest of the address after the screen's route; the first
 * screen, with `matched` false, when none of `allowed` has the address.
 */
export function screenForRoute(
  allowed: readonly Screen[],
  fullRoute: string,
): { screen: Screen | undefined; detail: string | undefined; matched: boolean } {
  // A list keeps its filters after `?` (#/requests?keyword=教育); they do not choose the screen.
  const route = fullRoute.split('?')[0] ?? fullRoute;
  const exact = allowed.find((screen) => screen.route === route);
  if (exact) return { screen: exact, detail: undefined, matched: true };
  const parent = allowed.find((screen) => route.startsWith(`${screen.route}/`));
  if (parent) {
    return { screen: parent, detail: route.slice(parent.route.length + 1), matched: true };
  }
  return { screen: allowed[0], detail: undefined, matched: false };
}
