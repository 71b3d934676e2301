import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  conferenceKinds,
  emptyPerson,
  eventForms,
  mediaKinds,
  type ConferenceKind,
  type EventForm,
  type MediaKind,
  type RequestContent,
  type RequestFields,
} from '../../../../shared/domain/requests.ts';
import type { ValidationProblem } from '../../../../shared/rules/requestValidation.ts';
import { fromShanghaiInput, toShanghaiInput } from '../../../../shared/rules/shanghaiTime.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { TextArea } from '../../components/TextArea.tsx';
import { ListEditor } from './ListEditor.tsx';
import { PersonFields } from './PersonFields.tsx';
import { DateTimeField } from '../../components/dates/DateTimeField.tsx';

interface RequestFormProps {
  readonly fields: RequestFields;
  readonly unitName: string;
  readonly readOnly: boolean;
  readonly problems: readonly ValidationProblem[];
  /** The fields as main last judged them: a problem shows only while its field still holds that. */
  readonly judged: RequestFields;
  /** After an attempt to submit, every problem shows, touched or not. */
  readonly showAll: boolean;
  readonly onChange: (fields: RequestFields) => void;
}

/** The value at a problem's path (`content.contact.phone`, `content.invitedMedia.0`). */
const valueAt = (fields: RequestFields, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        value !== null && typeof value === 'object'
          ? (value as Record<string, unknown>)[key]
          : undefined,
      fields,
    );

/** The 审批表 as a form: every field of DOMAIN.md section 1. */
export function RequestForm({
  fields,
  unitName,
  readOnly,
  problems,
  judged,
  showAll,
  onChange,
}: RequestFormProps) {
  const { t } = useTranslation();
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const touch = (field: string) => ({
    onBlur: () =>
      setTouched((current) => (current.has(field) ? current : new Set([...current, field]))),
  });
  const set = (change: Partial<RequestFields>) => onChange({ ...fields, ...change });
  const setContent = (change: Partial<RequestContent>) =>
    set({ content: { ...fields.content, ...change } });
  // Untouched fields are not painted red: the form lists what is needed above instead.
  const problemOf = (field: string) =>
    (showAll || touched.has(field)) &&
    JSON.stringify(valueAt(fields, field)) === JSON.stringify(valueAt(judged, field))
      ? problems.find((problem) => problem.field === field)?.message
      : undefined;
  const { content } = fields;

  return (
    <div className="request-form">
      <fieldset>
        <legend>{t('requests.form.sectionBasics')}</legend>
        <TextField label={t('requests.form.unit')} value={unitName} readOnly />
        <TextField
          label={t('requests.form.titleField')}
          value={fields.title}
          readOnly={readOnly}
          maxLength={200}
          problem={problemOf('title')}
          {...touch('title')}
          onChange={(event) => set({ title: event.target.value })}
        />
        <div className="row">
          <SelectField
            label={t('requests.form.eventForm')}
            value={fields.form}
            disabled={readOnly}
            onChange={(event) => set({ form: event.target.value as EventForm })}
          >
            {eventForms.map((form) => (
              <option key={form} value={form}>
                {t(`requests.forms.${form}`)}
              </option>
            ))}
          </SelectField>
          {fields.form === 'pressConference' && (
            <SelectField
              label={t('requests.form.conferenceKind')}
              value={content.conferenceKind ?? ''}
              disabled={readOnly}
              onChange={(event) =>
                setContent({
                  conferenceKind: (event.target.value || null) as ConferenceKind | null,
                })
              }
            >
              {conferenceKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`requests.conferenceKinds.${kind}`)}
                </option>
              ))}
            </SelectField>
          )}
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={fields.isEmergency}
            disabled={readOnly}
            onChange={(event) => set({ isEmergency: event.target.checked })}
          />
          {t('requests.form.isEmergency')}
        </label>
        <div className="row">
          <DateTimeField
            label={t('requests.form.startsAt')}
            value={toShanghaiInput(fields.startsAt)}
            readOnly={readOnly}
            problem={problemOf('startsAt')}
            {...touch('startsAt')}
            onChange={(value) => set({ startsAt: fromShanghaiInput(value) })}
          />
          <DateTimeField
            label={t('requests.form.endsAt')}
            value={toShanghaiInput(fields.endsAt)}
            readOnly={readOnly}
            problem={problemOf('endsAt')}
            {...touch('endsAt')}
            onChange={(value) => set({ endsAt: fromShanghaiInput(value) })}
          />
        </div>
        <TextField
          label={t('requests.form.venue')}
          value={fields.venue}
          readOnly={readOnly}
          maxLength={200}
          problem={problemOf('venue')}
          {...touch('venue')}
          onChange={(event) => set({ venue: event.target.value })}
        />
      </fieldset>

      <fieldset>
        <legend>{t('requests.form.sectionPeople')}</legend>
        <PersonFields
          label={t('requests.form.host')}
          person={content.host}
          readOnly={readOnly}
          onChange={(host) => setContent({ host })}
        />
        <PersonFields
          label={t('requests.form.mainSpeaker')}
          person={content.mainSpeaker}
          readOnly={readOnly}
          onChange={(mainSpeaker) => setContent({ mainSpeaker })}
        />
        <PersonFields
          label={t('requests.form.spokesperson')}
          person={content.spokesperson}
          readOnly={readOnly}
          onChange={(spokesperson) => setContent({ spokesperson })}
        />
        <ListEditor
          legend={t('requests.form.participants')}
          items={content.participants}
          readOnly={readOnly}
          addLabel={t('requests.form.addParticipant')}
          removeLabel={t('requests.form.remove')}
          empty={emptyPerson}
          onChange={(participants) => setContent({ participants })}
          renderItem={(person, index, update) => (
            <PersonFields
              label={`${t('requests.form.participants')} ${index + 1}`}
              person={person}
              readOnly={readOnly}
              onChange={update}
            />
          )}
        />
      </fieldset>

      <fieldset>
        <legend>{t('requests.form.sectionContent')}</legend>
        <div {...touch('content.summary')}>
          <TextArea
            label={t('requests.form.summary')}
            value={content.summary}
            readOnly={readOnly}
            maxLength={4000}
            problem={problemOf('content.summary')}
            onChange={(summary) => setContent({ summary })}
          />
        </div>
        <ListEditor
          legend={t('requests.form.invitedMedia')}
          items={content.invitedMedia}
          readOnly={readOnly}
          addLabel={t('requests.form.addMedia')}
          removeLabel={t('requests.form.remove')}
          empty={{ name: '', kind: 'newspaper' as MediaKind }}
          onChange={(invitedMedia) => setContent({ invitedMedia })}
          renderItem={(outlet, index, update) => (
            <>
              <TextField
                label={`${t('requests.form.mediaName')} ${index + 1}`}
                value={outlet.name}
                readOnly={readOnly}
                maxLength={100}
                onChange={(event) => update({ ...outlet, name: event.target.value })}
              />
              <SelectField
                label={`${t('requests.form.mediaKind')} ${index + 1}`}
                value={outlet.kind}
                disabled={readOnly}
                onChange={(event) => update({ ...outlet, kind: event.target.value as MediaKind })}
              >
                {mediaKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`requests.mediaKinds.${kind}`)}
                  </option>
                ))}
              </SelectField>
            </>
          )}
        />
        <ListEditor
          legend={t('requests.form.otherAgencies')}
          items={content.otherAgencies}
          readOnly={readOnly}
          addLabel={t('requests.form.addAgency')}
          removeLabel={t('requests.form.remove')}
          empty=""
          onChange={(otherAgencies) => setContent({ otherAgencies })}
          renderItem={(agency, index, update) => (
            <TextField
              label={`${t('requests.form.agencyName')} ${index + 1}`}
              value={agency}
              readOnly={readOnly}
              maxLength={100}
              onChange={(event) => update(event.target.value)}
            />
          )}
        />
        <div className="row">
          <TextField
            label={t('requests.form.contactName')}
            value={content.contact.name}
            readOnly={readOnly}
            maxLength={50}
            problem={problemOf('content.contact.name')}
            {...touch('content.contact.name')}
            onChange={(event) =>
              setContent({ contact: { ...content.contact, name: event.target.value } })
            }
          />
          <TextField
            label={t('requests.form.contactPhone')}
            value={content.contact.phone}
            readOnly={readOnly}
            maxLength={30}
            inputMode="tel"
            problem={problemOf('content.contact.phone')}
            {...touch('content.contact.phone')}
            onChange={(event) =>
              setContent({ contact: { ...content.contact, phone: event.target.value } })
            }
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('requests.form.sectionOpinions')}</legend>
        <TextArea
          label={t('requests.form.spokespersonOpinion')}
          value={content.spokespersonOpinion}
          readOnly={readOnly}
          maxLength={2000}
          onChange={(spokespersonOpinion) => setContent({ spokespersonOpinion })}
        />
        <TextArea
          label={t('requests.form.leaderOpinion')}
          value={content.leaderOpinion}
          readOnly={readOnly}
          maxLength={2000}
          onChange={(leaderOpinion) => setContent({ leaderOpinion })}
        />
      </fieldset>
    </div>
  );
}
