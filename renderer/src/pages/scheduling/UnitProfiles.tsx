import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegistersView, UnitProfile } from '../../../../shared/domain/schedulingRegisters.ts';
import { invoke } from '../../api.ts';
import { ErrorMessage } from '../../components/Field.tsx';

interface UnitProfilesProps {
  readonly view: RegistersView;
  readonly profiles: readonly UnitProfile[];
  readonly onSaved: (view: RegistersView) => void;
}

/** Each unit's principal head (for the yearly rules) and, set by the news office, 重点部门. */
export function UnitProfiles({ view, profiles, onSaved }: UnitProfilesProps) {
  const { t } = useTranslation();
  return (
    <table className="table">
      <caption className="visually-hidden">{t('scheduling.registers.tabs.profiles')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('scheduling.registers.fields.unitId')}</th>
          <th scope="col">{t('scheduling.registers.kind')}</th>
          <th scope="col">{t('scheduling.board.designated')}</th>
          <th scope="col">{t('scheduling.registers.headName')}</th>
          <th scope="col">{t('scheduling.registers.headTitle')}</th>
          <th scope="col">{t('scheduling.registers.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {profiles.map((profile) => (
          <ProfileRow
            key={profile.unitId}
            profile={profile}
            editable={view.editableUnitIds.includes(profile.unitId)}
            newsOffice={view.newsOffice}
            onSaved={onSaved}
          />
        ))}
      </tbody>
    </table>
  );
}

function ProfileRow({
  profile,
  editable,
  newsOffice,
  onSaved,
}: {
  readonly profile: UnitProfile;
  readonly editable: boolean;
  readonly newsOffice: boolean;
  readonly onSaved: (view: RegistersView) => void;
}) {
  const { t } = useTranslation();
  const [designated, setDesignated] = useState(profile.designated);
  const [name, setName] = useState(profile.principalHeadName);
  const [title, setTitle] = useState(profile.principalHeadTitle);
  const [error, setError] = useState<string | null>(null);
  const changed =
    designated !== profile.designated ||
    name !== profile.principalHeadName ||
    title !== profile.principalHeadTitle;

  async function save() {
    const result = await invoke('registers:saveProfile', {
      unitId: profile.unitId,
      designated,
      principalHeadName: name,
      principalHeadTitle: title,
    });
    if (result.ok) onSaved(result.value);
    setError(result.ok ? null : result.error.message);
  }

  const field = (label: string, value: string, max: number, set: (value: string) => void) => (
    <input
      aria-label={`${profile.unitName} ${label}`}
      value={value}
      maxLength={max}
      readOnly={!editable}
      onChange={(event) => set(event.target.value)}
    />
  );
  return (
    <tr>
      <th scope="row">{profile.unitName}</th>
      <td>{t(`unitKinds.${profile.unitKind}`)}</td>
      <td>
        <input
          type="checkbox"
          aria-label={t('scheduling.registers.designatedOf', { unit: profile.unitName })}
          checked={designated}
          disabled={!newsOffice}
          onChange={(event) => setDesignated(event.target.checked)}
        />
      </td>
      <td>{field(t('scheduling.registers.headName'), name, 50, setName)}</td>
      <td>{field(t('scheduling.registers.headTitle'), title, 100, setTitle)}</td>
      <td>
        {editable && (
          <button
            type="button"
            className="button button--small"
            disabled={!changed}
            onClick={() => void save()}
          >
            {t('scheduling.registers.save')}
          </button>
        )}
        <ErrorMessage message={error} />
      </td>
    </tr>
  );
}
