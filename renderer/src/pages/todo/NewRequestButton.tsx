import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api.ts';
import { ErrorMessage } from '../../components/Field.tsx';

/** 新建报批 where a drafter starts: the same action as the button on the 报批 list. */
export function NewRequestButton({ navigate }: { readonly navigate: (route: string) => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  async function create() {
    const result = await invoke('requests:create', {});
    if (result.ok) navigate(`events/${result.value.id}`);
    else setError(result.error.message);
  }
  return (
    <>
      <button type="button" className="button button--primary" onClick={() => void create()}>
        {t('todo.newRequest')}
      </button>
      <ErrorMessage message={error} />
    </>
  );
}
