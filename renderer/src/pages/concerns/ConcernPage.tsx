import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelInput, ChannelName } from '../../../../shared/contract/channels.ts';
import {
  concernProposals,
  concernResponseForms,
  type ConcernDetail,
  type ConcernProposal,
  type ConcernStep,
} from '../../../../shared/domain/concerns.ts';
import { fromShanghaiInput } from '../../../../shared/rules/shanghaiTime.ts';
import { invoke } from '../../api.ts';
import { DateTimeField } from '../../components/dates/DateTimeField.tsx';
import { useDateText } from '../../components/dates/useDateText.ts';
import { ErrorMessage, SelectField } from '../../components/Field.tsx';
import { saveExportedFile } from '../../files.ts';
import { useChannel } from '../../useChannel.ts';
import { ConcernAttachments } from './ConcernAttachments.tsx';
import { ConcernCountdown } from './ConcernCountdown.tsx';
import './concerns.css';

type Change =
  | 'concerns:assign'
  | 'concerns:propose'
  | 'concerns:consult'
  | 'concerns:markClock'
  | 'concerns:openEmergency';

/** One 舆情 item (#/concerns/<id>): what was seen, the clock, the 研判 history and what to do next. */
export function ConcernPage({
  concernId,
  navigate,
}: {
  readonly concernId: string;
  readonly navigate: (route: string) => void;
}) {
  const { t } = useTranslation();
  const dates = useDateText();
  const [loaded] = useChannel('concerns:get', { concernId });
  const [fresh, setFresh] = useState<ConcernDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const item = fresh ?? (loaded.state === 'ready' ? loaded.value : null);

  async function change<K extends Change & ChannelName>(
    channel: K,
    input: ChannelInput<K>,
  ): Promise<boolean> {
    const result = await invoke(channel, input);
    if (!result.ok) {
      setError(result.error.message);
      return false;
    }
    setFresh(result.value as ConcernDetail);
    setError(null);
    return true;
  }

  async function exportReport() {
    const result = await invoke('concerns:exportReport', { concernId });
    if (!result.ok) return setError(result.error.message);
    saveExportedFile(result.value);
    setMessage(t('concerns.exported', { name: result.value.fileName }));
  }

  async function exportPackage(installationId: string) {
    const result = await invoke('concerns:exportPackage', { concernId, installationId });
    if (!result.ok) return setError(result.error.message);
    saveExportedFile(result.value);
    setError(null);
    setMessage(t('concerns.packageExported', { name: result.value.fileName }));
  }

  if (loaded.state === 'failed')
    return (
      <section className="page">
        <ErrorMessage message={loaded.error.message} />
      </section>
    );
  if (!item) return null;
  return (
    <section className="page page--wide concerns">
      <button type="button" className="link-button" onClick={() => navigate('concerns')}>
        {t('concerns.back')}
      </button>
      <div className="page__title">
        <h1>
          {t(`concerns.levels.${item.level}`)} · {item.summary.split('\n')[0]}
        </h1>
        <span className={item.closedAt ? 'badge' : item.overdue ? 'badge badge--bad' : 'badge'}>
          {item.closedAt
            ? t('concerns.closed')
            : item.overdue
              ? t('concerns.overdue')
              : t('concerns.open')}
        </span>
      </div>
      <ConcernCountdown item={item} />
      <dl className="facts">
        <dt>{t('concerns.fields.source')}</dt>
        <dd>{t(`concerns.sources.${item.source}`)}</dd>
        <dt>{t('concerns.fields.firstSeenAt')}</dt>
        <dd>{dates.dayTime(item.firstSeenAt, { weekday: true })}</dd>
        <dt>{t('concerns.fields.units')}</dt>
        <dd>{item.units.map((unit) => unit.name).join(t('punctuation.listSeparator'))}</dd>
        <dt>{t('concerns.fields.assignedUnit')}</dt>
        <dd>
          {item.assignedUnit
            ? `${item.assignedUnit.name}${t('punctuation.bracketed', { text: `${t('concerns.fields.deadline')} ${dates.dayTime(item.assignedDeadline, { weekday: true })}` })}`
            : '—'}
        </dd>
        <dt>{t('concerns.fields.registeredBy')}</dt>
        <dd>{item.registeredByName}</dd>
        <dt>{t('concerns.fields.summary')}</dt>
        <dd className="pre-wrap">{item.summary}</dd>
        {item.links.length > 0 && (
          <>
            <dt>{t('concerns.fields.links')}</dt>
            <dd>
              {item.links.map((link) => (
                <div key={link}>{link}</div>
              ))}
            </dd>
          </>
        )}
      </dl>
      <ConcernAttachments item={item} onChanged={setFresh} />
      <div className="actions">
        <button type="button" className="button" onClick={() => void exportReport()}>
          {t('concerns.actions.exportReport')}
        </button>
        {item.requestId && (
          <button
            type="button"
            className="button"
            onClick={() => navigate(`events/${item.requestId}`)}
          >
            {t('concerns.actions.openRequest')}
          </button>
        )}
        {item.can.manage &&
          !item.requestId &&
          concernResponseForms.map((form) => (
            <button
              key={form}
              type="button"
              className={form === 'pressConference' ? 'button button--primary' : 'button'}
              onClick={() => void change('concerns:openEmergency', { concernId, form })}
            >
              {t(`concerns.actions.respond.${form}`)}
            </button>
          ))}
        {item.can.manage && (
          <button
            type="button"
            className="button"
            onClick={() =>
              void change('concerns:markClock', { concernId, marked: !item.clockMarked })
            }
          >
            {item.clockMarked ? t('concerns.actions.unmarkClock') : t('concerns.actions.markClock')}
          </button>
        )}
        {item.sendsTo.map((peer) => (
          <button
            key={peer.installationId}
            type="button"
            className="button"
            onClick={() => void exportPackage(peer.installationId)}
          >
            {t('concerns.actions.exportPackage', { name: peer.name })}
          </button>
        ))}
      </div>
      <ErrorMessage message={error} />
      {message && <p role="status">{message}</p>}
      {item.can.manage && (
        <AssignForm
          item={item}
          onSubmit={(unitId, deadline) =>
            change('concerns:assign', { concernId, unitId, deadline })
          }
        />
      )}
      {item.can.propose && (
        <ProposeForm
          onSubmit={(proposal, reason) =>
            change('concerns:propose', { concernId, proposal, reason })
          }
        />
      )}
      {item.can.manage && (
        <ConsultForm
          onSubmit={(participants, decision) =>
            change('concerns:consult', { concernId, participants, decision })
          }
        />
      )}
      <h2>{t('concerns.history')}</h2>
      <ol className="concern-steps">
        {item.steps.map((step) => (
          <li key={step.id}>
            <span className="muted">
              {dates.dayTime(step.at, { weekday: true })} · {step.actorName}
            </span>{' '}
            <StepText step={step} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function StepText({ step }: { readonly step: ConcernStep }) {
  const { t } = useTranslation();
  const dates = useDateText();
  const { details } = step;
  switch (details.kind) {
    case 'register':
      return <>{t('concerns.steps.register')}</>;
    case 'assign':
      return (
        <>
          {t('concerns.steps.assign', {
            unit: details.unitName,
            deadline: dates.dayTime(details.deadline, { weekday: true }),
          })}
        </>
      );
    case 'propose':
      return (
        <>
          {t('concerns.steps.propose', {
            proposal: t(`concerns.proposals.${details.proposal}`),
            reason: details.reason,
          })}
        </>
      );
    case 'consult':
      return (
        <>
          {t('concerns.steps.consult', {
            participants: details.participants,
            decision: details.decision,
          })}
        </>
      );
    case 'clock':
      return <>{details.marked ? t('concerns.steps.clockOn') : t('concerns.steps.clockOff')}</>;
    case 'emergency':
      return <>{t('concerns.steps.emergency', { title: details.title })}</>;
    case 'close':
      return <>{t('concerns.steps.close', { duration: dates.duration(details.responseMs) })}</>;
  }
}

function AssignForm({
  item,
  onSubmit,
}: {
  readonly item: ConcernDetail;
  readonly onSubmit: (unitId: string, deadline: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [units] = useChannel('units:list', {});
  const [unitId, setUnitId] = useState(item.assignedUnit?.id ?? item.units[0]?.id ?? '');
  const [deadline, setDeadline] = useState('');
  return (
    <form
      className="card concern-panel concerns__row"
      aria-label={t('concerns.actions.assign')}
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit(unitId, fromShanghaiInput(deadline) ?? '');
      }}
    >
      <SelectField
        label={t('concerns.fields.assignedUnit')}
        value={unitId}
        onChange={(event) => setUnitId(event.target.value)}
      >
        {units.state === 'ready' &&
          units.value.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name}
            </option>
          ))}
      </SelectField>
      <DateTimeField
        label={t('concerns.fields.deadline')}
        value={deadline}
        onChange={setDeadline}
      />
      <button type="submit" className="button">
        {t('concerns.actions.assign')}
      </button>
    </form>
  );
}

function ProposeForm({
  onSubmit,
}: {
  readonly onSubmit: (proposal: ConcernProposal, reason: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [proposal, setProposal] = useState<ConcernProposal>('respond');
  const [reason, setReason] = useState('');
  return (
    <form
      className="card concern-panel"
      aria-label={t('concerns.actions.propose')}
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit(proposal, reason).then((ok) => ok && setReason(''));
      }}
    >
      <SelectField
        label={t('concerns.fields.proposal')}
        value={proposal}
        onChange={(event) => setProposal(event.target.value as ConcernProposal)}
      >
        {concernProposals.map((value) => (
          <option key={value} value={value}>
            {t(`concerns.proposals.${value}`)}
          </option>
        ))}
      </SelectField>
      <div className="field">
        <label htmlFor="concern-reason">{t('concerns.fields.reason')}</label>
        <textarea
          id="concern-reason"
          rows={2}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </div>
      <button type="submit" className="button">
        {t('concerns.actions.propose')}
      </button>
    </form>
  );
}

function ConsultForm({
  onSubmit,
}: {
  readonly onSubmit: (participants: string, decision: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [participants, setParticipants] = useState('');
  const [decision, setDecision] = useState('');
  return (
    <form
      className="card concern-panel"
      aria-label={t('concerns.actions.consult')}
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit(participants, decision).then((ok) => {
          if (ok) {
            setParticipants('');
            setDecision('');
          }
        });
      }}
    >
      <div className="field">
        <label htmlFor="concern-participants">{t('concerns.fields.participants')}</label>
        <input
          id="concern-participants"
          value={participants}
          onChange={(event) => setParticipants(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="concern-decision">{t('concerns.fields.decision')}</label>
        <textarea
          id="concern-decision"
          rows={2}
          value={decision}
          onChange={(event) => setDecision(event.target.value)}
        />
      </div>
      <button type="submit" className="button">
        {t('concerns.actions.consult')}
      </button>
    </form>
  );
}
