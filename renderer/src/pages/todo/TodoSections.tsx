import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  answerNoticeDays,
  pendingIn,
  type RequestTodo,
  type TodoSection,
} from '../../../../shared/domain/personalTodo.ts';
import type { Reminder } from '../../../../shared/domain/scheduling.ts';
import { useDateText } from '../../components/dates/useDateText.ts';
import { decisionActOf } from '../../../../shared/domain/decisionAct.ts';
import { useSession } from '../../session.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { StateBadge } from '../requests/StateBadge.tsx';
import { useCountdownText } from '../concerns/ConcernCountdown.tsx';
import { useReminderText } from '../scheduling/ReminderList.tsx';
import './todo.css';

interface TodoSectionsProps {
  readonly sections: readonly TodoSection[];
  readonly navigate: (route: string) => void;
  /** On 首页 only sections with something in them show; 待办 shows every section that applies. */
  readonly onlyPending?: boolean;
  /** The heading level of each section (h2 on 待办, h3 under 首页's 我的待办). */
  readonly level?: 2 | 3;
  /** Shown in the drafts section when it is empty (首页's 新建报批). */
  readonly draftsAction?: ReactNode;
}

interface Row {
  readonly key: string;
  readonly label: string;
  readonly route: string;
  readonly meta: ReactNode;
  readonly late?: boolean;
}

const reminderRoute = (reminder: Reminder): string =>
  reminder.requestId
    ? `events/${reminder.requestId}`
    : reminder.kind === 'unitsAtRisk'
      ? 'compliance'
      : reminder.kind === 'quarterConference'
        ? 'schedule'
        : 'registers';

/** The sections of a person's 待办, each item a link to where it is done. */
export function TodoSections({
  sections,
  navigate,
  onlyPending = false,
  level = 2,
  draftsAction,
}: TodoSectionsProps) {
  const { t } = useTranslation();
  const dates = useDateText();
  const reminder = useReminderText();
  const concernCountdown = useCountdownText();
  const Heading = level === 2 ? 'h2' : 'h3';
  const act = decisionActOf(useSession().session.user.roles);

  const rowsOf = (section: TodoSection): Row[] => {
    switch (section.id) {
      case 'setup':
      case 'decisions':
      case 'emergencies':
      case 'drafts':
        return [];
      case 'signOffs':
        return section.items.map((item) => ({
          key: item.materialId,
          label: `${t(`materials.kinds.${item.materialKind}`)} · ${item.requestTitle || t('requests.untitled')}`,
          route: `materials/${item.requestId}/${item.materialKind}`,
          meta: `${item.unitName} · ${t('todo.signOffItems', { items: item.itemLabels.join(t('punctuation.listSeparator')) })}`,
        }));
      case 'transcripts':
        return section.items.map((item) => ({
          key: item.requestId,
          label: item.requestTitle || t('requests.untitled'),
          route: `transcripts/${item.requestId}`,
          meta: `${item.unitName} · ${t('todo.endedAt', { time: dates.dayTime(item.endedAt) })}`,
        }));
      case 'answers':
        return section.items.map((item) => ({
          key: item.answerId,
          label: item.question,
          route: 'answers',
          late: item.expired,
          meta: t('todo.validUntil', { date: dates.day(item.validUntil) }),
        }));
      case 'deadlines':
        return section.items.map((item, index) => ({
          key: `${item.kind}-${item.requestId ?? item.rule ?? item.title}-${index}`,
          label: reminder.text(item),
          route: reminderRoute(item),
          late: item.daysLeft < 0,
          meta: reminder.when(item),
        }));
      case 'concerns':
        return section.items.map((item) => ({
          key: item.id,
          label: item.summary.split('\n')[0] ?? '',
          route: `concerns/${item.id}`,
          late: item.overdue,
          meta: t('concerns.todoMeta', {
            level: t(`concerns.levels.${item.level}`),
            clock: concernCountdown(item),
          }),
        }));
      case 'exchange':
        return section.items.map((item) => ({
          key: item.recordId,
          label: t('todo.quarantined', { origin: item.originName, file: item.fileName }),
          route: 'admin/exchange',
          meta: dates.dayTime(item.quarantinedAt),
        }));
    }
  };

  return (
    <>
      {sections
        .filter((section) => !onlyPending || pendingIn(section) > 0)
        .map((section) => {
          const headingId = `todo-${level}-${section.id}`;
          const title =
            section.id === 'decisions'
              ? t(`todo.decisionTitles.${act}`)
              : t(`todo.sections.${section.id}`, { days: answerNoticeDays });
          return (
            <section key={section.id} aria-labelledby={headingId} className="todo-section">
              <Heading id={headingId}>
                {title} <span className="count">{pendingIn(section)}</span>
              </Heading>
              {section.id === 'setup' ? (
                <SetupChecklist steps={section.items} navigate={navigate} />
              ) : section.items.length === 0 ? (
                <EmptyState
                  purpose={t(`todo.empty.${section.id}`, {
                    days: answerNoticeDays,
                    act: t(`todo.decisionActs.${act}`),
                  })}
                  hint={
                    section.id === 'drafts' && draftsAction ? t('todo.hints.drafts') : undefined
                  }
                  action={section.id === 'drafts' ? draftsAction : undefined}
                />
              ) : section.id === 'decisions' ||
                section.id === 'emergencies' ||
                section.id === 'drafts' ? (
                <RequestTodoTable items={section.items} caption={title} navigate={navigate} />
              ) : (
                <TodoRows rows={rowsOf(section)} navigate={navigate} />
              )}
            </section>
          );
        })}
    </>
  );
}

/** Requests that wait on this person: a table named after its section, late ones marked. */
function RequestTodoTable({
  items,
  caption,
  navigate,
}: {
  readonly items: readonly RequestTodo[];
  readonly caption: string;
  readonly navigate: (route: string) => void;
}) {
  const { t } = useTranslation();
  const dates = useDateText();
  return (
    <table className="table todo-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('requests.columns.title')}</th>
          <th scope="col">{t('requests.columns.unit')}</th>
          <th scope="col">{t('requests.columns.time')}</th>
          <th scope="col">{t('requests.columns.state')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map(({ request, late }) => (
          <tr key={request.id} className={late ? 'todo-row--late' : undefined}>
            <td>
              <button
                type="button"
                className="link-button"
                onClick={() => navigate(`events/${request.id}`)}
              >
                {request.title || t('requests.untitled')}
              </button>
              {request.isEmergency && (
                <span className="badge badge--bad">{t('requests.form.isEmergency')}</span>
              )}
              {late && <span className="badge badge--bad">{t('todo.late')}</span>}
            </td>
            <td>{request.unitName}</td>
            <td>{dates.dayTime(request.startsAt)}</td>
            <td>
              <StateBadge state={request.state} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function TodoRows({
  rows,
  navigate,
}: {
  readonly rows: readonly Row[];
  readonly navigate: (route: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <ul className="todo-list">
      {rows.map((row) => (
        <li key={row.key} className={row.late ? 'todo-item todo-item--late' : 'todo-item'}>
          <button type="button" className="link-button" onClick={() => navigate(row.route)}>
            {row.label}
          </button>
          <span className="todo-item__meta">
            {row.meta}
            {row.late && <span className="badge badge--bad">{t('todo.late')}</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}

function SetupChecklist({
  steps,
  navigate,
}: {
  readonly steps: Extract<TodoSection, { id: 'setup' }>['items'];
  readonly navigate: (route: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <p className="muted">{t('todo.setupIntro')}</p>
      <ol className="setup-steps">
        {steps.map((step) => (
          <li
            key={step.id}
            className={step.done ? 'setup-step setup-step--done' : 'setup-step'}
            data-step={step.id}
          >
            <span className="setup-step__mark" aria-hidden="true">
              {step.done ? '✓' : ''}
            </span>
            <span className="setup-step__body">
              <button type="button" className="link-button" onClick={() => navigate(step.route)}>
                {t(`todo.setupSteps.${step.id}`)}
              </button>
              <span className="visually-hidden">
                {t('punctuation.bracketed', {
                  text: step.done ? t('todo.done') : t('todo.notDone'),
                })}
              </span>
              <span className="todo-item__meta">{t(`todo.setupHelp.${step.id}`)}</span>
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
