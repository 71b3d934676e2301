import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditActor } from '../../../../shared/contract/auditChannels.ts';
import { auditActionGroups } from '../../../../shared/domain/auditActionGroups.ts';
import type { DateLanguage } from '../../../../shared/text/chineseDates.ts';
import { SelectField } from '../../components/Field.tsx';
import { filterChange } from '../../components/ListFilters.tsx';
import type { QueryChanges } from '../../useHashQuery.ts';
import './audit.css';

interface AuditFilterSelectsProps {
  readonly params: URLSearchParams;
  readonly onChange: (changes: QueryChanges) => void;
  readonly actors: readonly AuditActor[];
  readonly language: DateLanguage;
}

/** The 审计日志's 操作人 and 操作 filters (actor and action in the address), applied on change. */
export function AuditFilterSelects({
  params,
  onChange,
  actors,
  language,
}: AuditFilterSelectsProps) {
  const { t } = useTranslation();
  const groups = useMemo(() => auditActionGroups(language), [language]);
  const actorId = params.get('actor') ?? '';
  const action = params.get('action') ?? '';
  return (
    <>
      <SelectField
        label={t('admin.audit.actorFilter')}
        value={actorId}
        onChange={(event) => onChange(filterChange({ actor: event.target.value || null }))}
      >
        <option value="">{t('admin.audit.allActors')}</option>
        {actors.map((actor) => (
          <option key={actor.actorId} value={actor.actorId}>
            {actor.actorName}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('admin.audit.actionFilter')}
        value={action}
        onChange={(event) => onChange(filterChange({ action: event.target.value || null }))}
      >
        <option value="">{t('admin.audit.allActions')}</option>
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.actions.map((option) => (
              <option key={option.action} value={option.action}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
    </>
  );
}
