import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegistersView } from '../../../../shared/domain/schedulingRegisters.ts';
import { accountPlatforms } from '../../../../shared/domain/schedulingRegisters.ts';
import type { Result } from '../../../../shared/contract/result.ts';
import { invoke } from '../../api.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorMessage, SelectField, TextField } from '../../components/Field.tsx';
import { registerFields, valueOf, type RegisterEntry, type RegisterKind } from './registerSpecs.ts';

interface RegisterEntryDialogProps {
  readonly kind: RegisterKind;
  readonly entry: RegisterEntry | null;
  readonly units: readonly { readonly unitId: string; readonly unitName: string }[];
  readonly newsOffice: boolean;
  readonly onClose: () => void;
  readonly onSaved: (view: RegistersView) => void;
}

type Values = Record<string, string>;

function save(
  kind: RegisterKind,
  values: Values,
  id: string | undefined,
): Promise<Result<RegistersView>> {
  const text = (key: string) => values[key] ?? '';
  const date = (key: string) => values[key] || null;
  const common = {
    ...(id ? { id } : {}),
    unitId: text('unitId'),
    filedOn: date('filedOn'),
    note: text('note'),
  };
  if (kind === 'spokesperson')
    return invoke('registers:saveSpokesperson', {
      ...common,
      name: text('name'),
      title: text('title'),
      phone: text('phone'),
      appointedOn: text('appointedOn'),
      removedOn: date('removedOn'),
    });
  if (kind === 'expert')
    return invoke('registers:saveExpert', {
      ...common,
      name: text('name'),
      field: text('field'),
      organisation: text('organisation'),
      title: text('title'),
      phone: text('phone'),
      addedOn: text('addedOn'),
      removedOn: date('removedOn'),
    });
  return invoke('registers:saveAccount', {
    ...common,
    platform: (values['platform'] ?? 'wechat') as (typeof accountPlatforms)[number],
    accountName: text('accountName'),
    openedOn: text('openedOn'),
    closedOn: date('closedOn'),
  });
}

/** Adds or edits an entry of a register; the filing date with the news office is its to record. */
export function RegisterEntryDialog(props: RegisterEntryDialogProps) {
  const { t } = useTranslation();
  const { kind, entry, units, newsOffice } = props;
  const fields = registerFields[kind];
  const [values, setValues] = useState<Values>(() => ({
    unitId: entry?.unitId ?? units[0]?.unitId ?? '',
    ...Object.fromEntries(
      fields.map((field) => [
        field.key,
        entry ? valueOf(entry, field.key) : field.type === 'platform' ? 'wechat' : '',
      ]),
    ),
  }));
  const [error, setError] = useState<string | null>(null);
  const set = (key: string, value: string) => setValues({ ...values, [key]: value });

  async function submit(form: FormEvent) {
    form.preventDefault();
    const result = await save(kind, values, entry?.id);
    if (result.ok) props.onSaved(result.value);
    else setError(result.error.message);
  }

  const label = (key: string) => t(`scheduling.registers.fields.${key as 'name'}`);
  return (
    <Dialog
      title={t(entry ? 'scheduling.registers.editTitle' : 'scheduling.registers.addTitle', {
        register: t(`scheduling.registers.tabs.${kind}`),
      })}
      onClose={props.onClose}
    >
      <form onSubmit={(form) => void submit(form)} className="register-form">
        <SelectField
          label={label('unitId')}
          value={values['unitId']}
          disabled={entry !== null}
          onChange={(event) => set('unitId', event.target.value)}
        >
          {units.map((unit) => (
            <option key={unit.unitId} value={unit.unitId}>
              {unit.unitName}
            </option>
          ))}
        </SelectField>
        {fields.map((field) =>
          field.type === 'platform' ? (
            <SelectField
              key={field.key}
              label={label(field.key)}
              value={values[field.key]}
              onChange={(event) => set(field.key, event.target.value)}
            >
              {accountPlatforms.map((platform) => (
                <option key={platform} value={platform}>
                  {t(`scheduling.registers.platforms.${platform}`)}
                </option>
              ))}
            </SelectField>
          ) : (
            <TextField
              key={field.key}
              label={label(field.key)}
              type={field.type}
              required={field.required}
              maxLength={field.max}
              disabled={field.newsOfficeOnly && !newsOffice}
              hint={
                field.newsOfficeOnly && !newsOffice
                  ? t('scheduling.registers.filedByOffice')
                  : undefined
              }
              value={values[field.key] ?? ''}
              onChange={(event) => set(field.key, event.target.value)}
            />
          ),
        )}
        <ErrorMessage message={error} />
        <div className="actions">
          <button type="button" className="button" onClick={props.onClose}>
            {t('requests.dialog.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('scheduling.registers.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
