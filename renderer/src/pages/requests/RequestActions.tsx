import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../../shared/contract/result.ts';
import type { RequestDetail } from '../../../../shared/domain/requestViews.ts';
import type { RequestAction } from '../../../../shared/rules/requestWorkflow.ts';
import { fromShanghaiInput } from '../../../../shared/rules/shanghaiTime.ts';
import { invoke } from '../../api.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorMessage } from '../../components/Field.tsx';
import { RescheduleTimeFields } from '../../components/RescheduleTimeFields.tsx';
import { TextArea } from '../../components/TextArea.tsx';
import { DeleteDraftDialog } from './DeleteDraftDialog.tsx';

type Dialogued = Exclude<RequestAction, 'edit' | 'submit' | 'reopen' | 'deleteDraft'>;
const needsReason: readonly Dialogued[] = ['return', 'reject', 'cancel', 'postpone', 'withdraw'];
const order: readonly RequestAction[] = [
  'submit',
  'approve',
  'return',
  'reject',
  'fastTrack',
  'ratify',
  'reopen',
  'withdraw',
  'reschedule',
  'postpone',
  'cancel',
  'deleteDraft',
];

interface RequestActionsProps {
  readonly request: RequestDetail;
  /** Saves pending edits first, so what is submitted is what the drafter sees. */
  readonly flush: () => Promise<RequestDetail | null>;
  readonly onChanged: (request: RequestDetail) => void;
  /** A refused submission: the form then marks every problem on its field. */
  readonly onSubmitRefused?: () => void;
  /** After 删除草稿; by default back to the 报批 list. */
  readonly onDeleted?: () => void;
}

const backToList = () => {
  window.location.hash = '#/requests';
};

/**
 * The buttons for exactly the actions main reports this user may take now. A draft never
 * submitted is discarded with 删除草稿 (取消发布 is for events once submitted), and 提交审批 waits
 * until nothing the form needs is missing.
 */
export function RequestActions({
  request,
  flush,
  onChanged,
  onSubmitRefused,
  onDeleted = backToList,
}: RequestActionsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Dialogued | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const finish = (result: Result<RequestDetail>) => {
    if (result.ok) {
      setOpen(null);
      setError(null);
      onChanged(result.value);
    } else setError(result.error.message);
  };

  async function immediate(action: 'submit' | 'reopen') {
    const current = (await flush()) ?? request;
    const result =
      action === 'submit'
        ? await invoke('requests:submit', { requestId: current.id, revision: current.revision })
        : await invoke('requests:reopen', { requestId: current.id });
    if (!result.ok && action === 'submit') onSubmitRefused?.();
    finish(result);
  }

  const needed = request.problems.length;
  const buttons = order.filter(
    (action) =>
      request.actions.includes(action) &&
      !(action === 'cancel' && request.actions.includes('deleteDraft')),
  );
  return (
    <div className="action-bar" role="toolbar" aria-label={t('requests.title')}>
      {buttons.map((action) => (
        <button
          key={action}
          type="button"
          className={
            action === 'submit' || action === 'approve' || action === 'fastTrack'
              ? 'button button--primary'
              : 'button'
          }
          disabled={action === 'submit' && needed > 0}
          title={
            action === 'submit' && needed > 0
              ? t('requests.submitBlocked', { count: needed })
              : undefined
          }
          aria-describedby={action === 'submit' && needed > 0 ? 'request-needed' : undefined}
          onClick={() =>
            action === 'submit' || action === 'reopen'
              ? void immediate(action)
              : action === 'deleteDraft'
                ? setDeleting(true)
                : setOpen(action as Dialogued)
          }
        >
          {t(`requests.actions.${action}`)}
        </button>
      ))}
      {deleting && (
        <DeleteDraftDialog
          request={request}
          flush={flush}
          onClose={() => setDeleting(false)}
          onDeleted={onDeleted}
        />
      )}
      {open === null && <ErrorMessage message={error} />}
      {open && (
        <ActionDialog
          action={open}
          onClose={() => {
            setOpen(null);
            setError(null);
          }}
          error={error}
          onConfirm={async (comment, startsAt, endsAt) => {
            const requestId = request.id;
            switch (open) {
              case 'approve':
              case 'return':
              case 'reject':
                return finish(
                  await invoke('requests:decide', { requestId, decision: open, comment }),
                );
              case 'reschedule':
                if (!startsAt) return setError(t('requests.dialog.newStartsAt'));
                return finish(
                  await invoke('requests:reschedule', {
                    requestId,
                    startsAt,
                    endsAt,
                    reason: comment,
                  }),
                );
              case 'fastTrack':
              case 'ratify':
                return finish(await invoke(`requests:${open}`, { requestId, comment }));
              default:
                return finish(await invoke(`requests:${open}`, { requestId, reason: comment }));
            }
          }}
        />
      )}
    </div>
  );
}

interface ActionDialogProps {
  readonly action: Dialogued;
  readonly error: string | null;
  readonly onClose: () => void;
  readonly onConfirm: (
    comment: string,
    startsAt: string | null,
    endsAt: string | null,
  ) => Promise<void>;
}

function ActionDialog({ action, error, onClose, onConfirm }: ActionDialogProps) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const decision =
    action === 'approve' ||
    action === 'return' ||
    action === 'reject' ||
    action === 'fastTrack' ||
    action === 'ratify';

  async function submit(event: FormEvent) {
    event.preventDefault();
    await onConfirm(comment, fromShanghaiInput(startsAt), fromShanghaiInput(endsAt));
  }

  return (
    <Dialog title={t(`requests.actions.${action}`)} onClose={onClose}>
      <form onSubmit={submit}>
        {action === 'reschedule' && (
          <RescheduleTimeFields
            startsAt={startsAt}
            endsAt={endsAt}
            onStartsAt={setStartsAt}
            onEndsAt={setEndsAt}
          />
        )}
        <TextArea
          label={decision ? t('requests.dialog.comment') : t('requests.dialog.reason')}
          value={comment}
          maxLength={2000}
          problem={
            needsReason.includes(action) && comment.trim() === ''
              ? t('requests.dialog.commentRequired')
              : undefined
          }
          onChange={setComment}
        />
        <ErrorMessage message={error} />
        <div className="actions">
          <button type="button" className="button" onClick={onClose}>
            {t('requests.dialog.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('requests.dialog.confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
