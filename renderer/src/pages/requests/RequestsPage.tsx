import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestStates, type RequestState } from '../../../../shared/domain/requests.ts';
import { invoke } from '../../api.ts';
import { ErrorMessage, SelectField } from '../../components/Field.tsx';
import { ImportPackageButton } from '../../components/ImportPackageButton.tsx';
import { useCan } from '../../session.tsx';
import { useChannel } from '../../useChannel.ts';
import { EmergencyForm } from './EmergencyForm.tsx';
import { RequestTable } from './RequestTable.tsx';

export function RequestsPage({ onOpen }: { readonly onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const canDraft = useCan('requests.draft');
  const canOpenEmergency = useCan('requests.emergency');
  const [state, setState] = useState<RequestState | ''>('');
  const [requests, reload] = useChannel('requests:list', state ? { states: [state] } : {});
  const [error, setError] = useState<string | null>(null);
  const [emergency, setEmergency] = useState(false);

  async function create() {
    const result = await invoke('requests:create', {});
    if (result.ok) onOpen(result.value.id);
    else setError(result.error.message);
  }

  return (
    <section className="page page--wide">
      <div className="page__title">
        <h1>{t('requests.title')}</h1>
        <div className="actions">
          <ImportPackageButton onImported={reload} />
          {canOpenEmergency && (
            <button type="button" className="button" onClick={() => setEmergency(true)}>
              {t('requests.emergency.open')}
            </button>
          )}
          {canDraft && (
            <button type="button" className="button button--primary" onClick={() => void create()}>
              {t('requests.new')}
            </button>
          )}
        </div>
      </div>
      <ErrorMessage message={error} />
      <div className="form-narrow">
        <SelectField
          label={t('requests.filterState')}
          value={state}
          onChange={(event) => setState(event.target.value as RequestState | '')}
        >
          <option value="">{t('requests.allStates')}</option>
          {requestStates.map((item) => (
            <option key={item} value={item}>
              {t(`requests.states.${item}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {requests.state === 'failed' && <ErrorMessage message={requests.error.message} />}
      {requests.state === 'ready' && (
        <RequestTable requests={requests.value} onOpen={onOpen} caption={t('requests.title')} />
      )}
      {emergency && <EmergencyForm onClose={() => setEmergency(false)} onOpened={onOpen} />}
    </section>
  );
}
