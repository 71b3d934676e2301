import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/Field.tsx';
import { ImportPackageButton } from '../../components/ImportPackageButton.tsx';
import { useCan } from '../../session.tsx';
import { usePersonalTodo } from '../../todoCount.tsx';
import { NewRequestButton } from './NewRequestButton.tsx';
import { TodoSections } from './TodoSections.tsx';

/** 待办: everything that waits on this person, in the sections that can apply to their roles. */
export function TodoPage({ navigate }: { readonly navigate: (route: string) => void }) {
  const { t } = useTranslation();
  const transfers = useCan('exchange.transfer');
  const drafts = useCan('requests.draft');
  const [todo, reload] = usePersonalTodo();
  return (
    <section className="page page--wide">
      <div className="page__title">
        <h1>
          {t('todo.title')}{' '}
          {todo.state === 'ready' && (
            <span className="count" data-testid="todo-page-count">
              {todo.value.count}
            </span>
          )}
        </h1>
        {transfers && <ImportPackageButton onImported={reload} />}
      </div>
      {todo.state === 'failed' && <ErrorMessage message={todo.error.message} />}
      {todo.state === 'ready' && (
        <TodoSections
          sections={todo.value.sections}
          navigate={navigate}
          draftsAction={drafts ? <NewRequestButton navigate={navigate} /> : undefined}
        />
      )}
    </section>
  );
}
