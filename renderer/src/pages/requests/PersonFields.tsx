import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/domain/requests.ts';
import { TextField } from '../../components/Field.tsx';

interface PersonFieldsProps {
  readonly label: string;
  readonly person: Person;
  readonly readOnly: boolean;
  readonly onChange: (person: Person) => void;
}

/** Name and position of one person, labelled "主持人 姓名" / "主持人 职务". */
export function PersonFields({ label, person, readOnly, onChange }: PersonFieldsProps) {
  const { t } = useTranslation();
  return (
    <div className="row">
      <TextField
        label={`${label} ${t('requests.form.personName')}`}
        value={person.name}
        readOnly={readOnly}
        maxLength={50}
        onChange={(event) => onChange({ ...person, name: event.target.value })}
      />
      <TextField
        label={`${label} ${t('requests.form.personTitle')}`}
        value={person.title}
        readOnly={readOnly}
        maxLength={100}
        onChange={(event) => onChange({ ...person, title: event.target.value })}
      />
    </div>
  );
}
