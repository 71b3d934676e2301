import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoticeDraft } from '../../../../shared/domain/schedulingNotice.ts';
import { noticeLimits } from '../../../../shared/domain/schedulingNotice.ts';
import { shortCode } from '../../../../shared/text/checkCode.ts';
import { invoke } from '../../api.ts';
import { ErrorMessage, SelectField, TextField } from '../../components/Field.tsx';
import { TextArea } from '../../components/TextArea.tsx';
import { saveExportedFile } from '../../files.ts';
import { quarterName } from './complianceLabels.ts';
import { NoticeSections, type EditedSection } from './NoticeSections.tsx';
import { DayField } from '../../components/dates/DayField.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';

interface Edited extends Omit<NoticeDraft, 'sections'> {
  readonly sections: readonly EditedSection[];
}

const toEdited = (draft: NoticeDraft): Edited => ({
  ...draft,
  sections: draft.sections.map((section) => ({ ...section, text: section.lines.join('\n') })),
});

const toDraft = ({ sections, ...rest }: Edited): NoticeDraft => ({
  ...rest,
  sections: sections.map(({ heading, style, text }) => ({
    heading,
    style,
    lines: text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  })),
});

/**
 * 通报: drafted from the board for a quarter or the year, every part editable, then exported as
 * a Word file that holds exactly the edited text.
 */
export function NoticeEditor({ year }: { readonly year: number }) {
  const { t } = useTranslation();
  const [quarter, setQuarter] = useState<number | null>(null);
  const [edited, setEdited] = useState<Edited | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function draft() {
    if (edited && !window.confirm(t('scheduling.notice.confirmRedraft'))) return;
    const result = await invoke('compliance:noticeDraft', { year, quarter });
    setError(result.ok ? null : result.error.message);
    if (result.ok) setEdited(toEdited(result.value));
    setMessage(null);
  }

  /** `final` issues the 通报 under a 发文字号; a draft is marked so and takes none. */
  async function exportWord(final: boolean) {
    if (!edited) return;
    const result = await invoke('compliance:exportNotice', {
      year,
      quarter,
      draft: toDraft(edited),
      final,
    });
    if (!result.ok) return setError(result.error.message);
    saveExportedFile(result.value);
    setError(null);
    setMessage(
      t('scheduling.notice.exported', {
        name: result.value.fileName,
        hash: shortCode(result.value.sha256),
      }),
    );
  }

  const set = (changes: Partial<Edited>) => edited && setEdited({ ...edited, ...changes });
  const periodName =
    quarter === null
      ? t('scheduling.labels.year', { year })
      : t('scheduling.labels.yearQuarter', { year, quarter: quarterName(t, quarter) });
  const draftButton = (primary: boolean) => (
    <button
      type="button"
      className={primary ? 'button button--primary' : 'button'}
      onClick={() => void draft()}
    >
      {t('scheduling.notice.draft')}
    </button>
  );
  return (
    <div className="notice-editor">
      <div className="notice-intro">
        <p>{t('scheduling.notice.about')}</p>
        <p>{t('scheduling.notice.recipients')}</p>
      </div>
      <div className="row">
        <SelectField
          label={t('scheduling.notice.period')}
          value={quarter ?? ''}
          onChange={(event) => setQuarter(event.target.value ? Number(event.target.value) : null)}
        >
          <option value="">{t('scheduling.labels.year', { year })}</option>
          {[1, 2, 3, 4].map((item) => (
            <option key={item} value={item}>
              {t('scheduling.labels.yearQuarter', { year, quarter: quarterName(t, item) })}
            </option>
          ))}
        </SelectField>
        {edited && draftButton(false)}
      </div>
      {edited ? (
        <p className="muted">{t('scheduling.notice.hint')}</p>
      ) : (
        <EmptyState
          purpose={t('scheduling.notice.none', { period: periodName })}
          hint={t('scheduling.notice.hint')}
          action={draftButton(true)}
        />
      )}
      <ErrorMessage message={error} />
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      {edited && (
        <form
          className="notice-editor__form"
          onSubmit={(event) => {
            event.preventDefault();
            void exportWord(true);
          }}
        >
          <TextArea
            label={t('scheduling.notice.titleField')}
            value={edited.title}
            rows={2}
            maxLength={noticeLimits.title}
            onChange={(title) => set({ title })}
          />
          <TextField
            label={t('scheduling.notice.addressee')}
            value={edited.addressee}
            maxLength={noticeLimits.addressee}
            onChange={(event) => set({ addressee: event.target.value })}
          />
          <TextArea
            label={t('scheduling.notice.opening')}
            value={edited.opening}
            rows={3}
            maxLength={noticeLimits.paragraph}
            onChange={(opening) => set({ opening })}
          />
          <NoticeSections sections={edited.sections} onChange={(sections) => set({ sections })} />
          <TextArea
            label={t('scheduling.notice.closing')}
            value={edited.closing}
            rows={2}
            maxLength={noticeLimits.paragraph}
            onChange={(closing) => set({ closing })}
          />
          <div className="row">
            <TextField
              label={t('scheduling.notice.organisation')}
              value={edited.organisation}
              maxLength={noticeLimits.organisation}
              onChange={(event) => set({ organisation: event.target.value })}
            />
            <DayField
              label={t('scheduling.notice.date')}
              required
              value={edited.date}
              onChange={(date) => set({ date })}
            />
          </div>
          <p className="muted">{t('scheduling.notice.issueHint')}</p>
          <div className="actions actions--start">
            <button type="button" className="button" onClick={() => void exportWord(false)}>
              {t('scheduling.notice.exportDraft')}
            </button>
            <button type="submit" className="button button--primary">
              {t('scheduling.notice.export')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
