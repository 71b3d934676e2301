import { useTranslation } from 'react-i18next';

/**
 * 新建报批 where a drafter starts: the same unsaved form as the button on the 报批 list; nothing
 * is stored until the drafter types.
 */
export function NewRequestButton({ navigate }: { readonly navigate: (route: string) => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button--primary"
      onClick={() => navigate('requests/new')}
    >
      {t('todo.newRequest')}
    </button>
  );
}
