import { useTranslation } from 'react-i18next';
import type { NoticeSection } from '../../../../shared/domain/schedulingNotice.ts';
import { noticeLimits } from '../../../../shared/domain/schedulingNotice.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { TextArea } from '../../components/TextArea.tsx';

export interface EditedSection {
  readonly heading: string;
  readonly style: NoticeSection['style'];
  /** The section's lines, one per line of the text box. */
  readonly text: string;
}

interface NoticeSectionsProps {
  readonly sections: readonly EditedSection[];
  readonly onChange: (sections: readonly EditedSection[]) => void;
}

/** The 通报's numbered sections: heading, numbered list or paragraphs, one line each. */
export function NoticeSections({ sections, onChange }: NoticeSectionsProps) {
  const { t } = useTranslation();
  const update = (index: number, changes: Partial<EditedSection>) =>
    onChange(sections.map((section, at) => (at === index ? { ...section, ...changes } : section)));
  return (
    <fieldset className="notice-sections">
      <legend>{t('scheduling.notice.sections')}</legend>
      {sections.map((section, index) => (
        <div key={index} className="notice-section">
          <div className="row">
            <TextField
              label={t('scheduling.notice.heading', { number: index + 1 })}
              value={section.heading}
              maxLength={noticeLimits.heading}
              onChange={(event) => update(index, { heading: event.target.value })}
            />
            <SelectField
              label={t('scheduling.notice.style', { number: index + 1 })}
              value={section.style}
              onChange={(event) =>
                update(index, { style: event.target.value as EditedSection['style'] })
              }
            >
              <option value="list">{t('scheduling.notice.styles.list')}</option>
              <option value="paragraphs">{t('scheduling.notice.styles.paragraphs')}</option>
            </SelectField>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => onChange(sections.filter((_section, at) => at !== index))}
            >
              {t('scheduling.notice.removeSection', { number: index + 1 })}
            </button>
          </div>
          <TextArea
            label={t('scheduling.notice.lines', { number: index + 1 })}
            value={section.text}
            rows={Math.min(12, Math.max(3, section.text.split('\n').length + 1))}
            onChange={(text) => update(index, { text })}
          />
        </div>
      ))}
      {sections.length < noticeLimits.sections && (
        <button
          type="button"
          className="button"
          onClick={() => onChange([...sections, { heading: '', style: 'paragraphs', text: '' }])}
        >
          {t('scheduling.notice.addSection')}
        </button>
      )}
    </fieldset>
  );
}
