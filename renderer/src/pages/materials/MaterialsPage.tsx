import { useTranslation } from 'react-i18next';
import { materialKinds, type MaterialKind } from '../../../../shared/domain/materials.ts';
import { ErrorMessage } from '../../components/Field.tsx';
import { useChannel } from '../../useChannel.ts';
import { RequestTable } from '../requests/RequestTable.tsx';
import { MaterialsPanel } from './MaterialsPanel.tsx';

interface MaterialsPageProps {
  /** `<requestId>` or `<requestId>/<kind>` from the address, or nothing for the list of events. */
  readonly detail: string | undefined;
  readonly navigate: (route: string) => void;
}

const isKind = (value: string | undefined): value is MaterialKind =>
  materialKinds.includes(value as MaterialKind);

/** 材料与审查: pick an event, then work on its materials. */
export function MaterialsPage({ detail, navigate }: MaterialsPageProps) {
  const { t } = useTranslation();
  const [requestId, kind] = (detail ?? '').split('/');
  if (requestId) {
    return (
      <EventMaterials
        requestId={requestId}
        kind={isKind(kind) ? kind : undefined}
        navigate={navigate}
      />
    );
  }
  return (
    <section className="page page--wide">
      <h1>{t('materials.title')}</h1>
      <p className="muted">{t('materials.chooseIntro')}</p>
      <EventList onOpen={(id) => navigate(`materials/${id}`)} />
    </section>
  );
}

function EventList({ onOpen }: { readonly onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const [requests] = useChannel('requests:list', { limit: 200 });
  if (requests.state === 'failed') return <ErrorMessage message={requests.error.message} />;
  if (requests.state === 'loading') return null;
  return <RequestTable requests={requests.value} onOpen={onOpen} caption={t('materials.title')} />;
}

function EventMaterials({
  requestId,
  kind,
  navigate,
}: {
  readonly requestId: string;
  readonly kind: MaterialKind | undefined;
  readonly navigate: (route: string) => void;
}) {
  const { t } = useTranslation();
  const [request] = useChannel('requests:get', { requestId });
  return (
    <section className="page page--full">
      <div className="page__title">
        <h1>
          {request.state === 'ready'
            ? request.value.fields.title || t('materials.untitled')
            : t('materials.title')}
        </h1>
        <div className="actions">
          <button
            type="button"
            className="button button--quiet"
            onClick={() => navigate('materials')}
          >
            {t('materials.backToList')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => navigate(`requests/${requestId}`)}
          >
            {t('materials.toRequest')}
          </button>
        </div>
      </div>
      <MaterialsPanel
        key={`${requestId}/${kind ?? ''}`}
        requestId={requestId}
        initialKind={kind}
        onKindChange={(next) =>
          window.history.replaceState(null, '', `#/materials/${requestId}/${next}`)
        }
      />
    </section>
  );
}
