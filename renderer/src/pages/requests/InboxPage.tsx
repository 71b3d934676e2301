import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/Field.tsx';
import { ImportPackageButton } from '../../components/ImportPackageButton.tsx';
import { useChannel } from '../../useChannel.ts';
import { RequestTable } from './RequestTable.tsx';

/** What waits for this user, what is late, what they decided lately. */
export function InboxPage({ onOpen }: { readonly onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const [inbox, reload] = useChannel('requests:inbox', {});
  if (inbox.state === 'loading') return null;
  if (inbox.state === 'failed') return <ErrorMessage message={inbox.error.message} />;
  const { waitingForMe, overdue, recentlyDecided, myDrafts, unratifiedEmergencies } = inbox.value;
  const sections = [
    { id: 'waiting', title: t('requests.inbox.waitingForMe'), items: waitingForMe },
    { id: 'overdue', title: t('requests.inbox.overdue'), items: overdue },
    { id: 'unratified', title: t('requests.inbox.unratified'), items: unratifiedEmergencies },
    { id: 'drafts', title: t('requests.inbox.myDrafts'), items: myDrafts },
    { id: 'decided', title: t('requests.inbox.recentlyDecided'), items: recentlyDecided },
  ];
  return (
    <section className="page page--wide">
      <div className="page__title">
        <h1>{t('requests.inbox.title')}</h1>
        <ImportPackageButton onImported={reload} />
      </div>
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`inbox-${section.id}`}>
          <h2 id={`inbox-${section.id}`}>
            {section.title} <span className="count">{section.items.length}</span>
          </h2>
          <RequestTable requests={section.items} onOpen={onOpen} caption={section.title} />
        </section>
      ))}
    </section>
  );
}
