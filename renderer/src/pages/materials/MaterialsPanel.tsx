import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MaterialKind, MaterialsOverview } from '../../../../shared/domain/materials.ts';
import { invoke } from '../../api.ts';
import { dueDayText } from '../../components/dates/dueDayText.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorMessage } from '../../components/Field.tsx';
import { useCan } from '../../session.tsx';
import { useChannel } from '../../useChannel.ts';
import { MaterialLoader } from './MaterialLoader.tsx';
import './materials.css';
import { MaterialExportBar } from './MaterialExportBar.tsx';
import { Disclosure } from '../../components/Disclosure.tsx';

interface MaterialsPanelProps {
  readonly requestId: string;
  /** The material to show first (e.g. from the address); otherwise the first one. */
  readonly initialKind?: MaterialKind | undefined;
  /** Called when another material is chosen, so a screen can keep it in its address. */
  readonly onKindChange?: (kind: MaterialKind) => void;
}

/**
 * The materials of one event: a tab per material, buttons to start the missing ones from their
 * templates, what still stands before submission, and the selected material's editor with its
 * clearance, wording, versions, consistency and 口径库 panels. Embeddable in any screen.
 */
export function MaterialsPanel({ requestId, initialKind, onKindChange }: MaterialsPanelProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'zh';
  const canEdit = useCan('materials.edit');
  const [overview, reload] = useChannel('materials:overview', { requestId });
  const [selected, setSelected] = useState<MaterialKind | undefined>(initialKind);
  const [error, setError] = useState<string | null>(null);

  const value: MaterialsOverview | null = overview.state === 'ready' ? overview.value : null;
  const current =
    value?.materials.find((material) => material.kind === selected) ?? value?.materials[0];
  if (overview.state === 'loading') return <p className="muted">{t('app.loading')}</p>;
  if (overview.state === 'failed') return <ErrorMessage message={overview.error.message} />;
  const { request, materials, missingKinds, problems } = overview.value;

  const choose = (kind: MaterialKind) => {
    setSelected(kind);
    onKindChange?.(kind);
  };
  async function create(kind: MaterialKind) {
    const result = await invoke('materials:create', { requestId, kind });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    choose(kind);
    reload();
  }

  return (
    <div className="materials">
      <div className="materials__summary">
        {request.materialsDueDate && (
          <p className="muted">
            {t('materials.due', { date: dueDayText(request.materialsDueDate, language) })}
          </p>
        )}
        {problems.length > 0 && (
          <Disclosure
            className="problems materials__problems"
            initiallyOpen={problems.length <= 3}
            summary={t('materials.problemsTitle', { count: problems.length })}
          >
            <ul>
              {problems.map((problem) => (
                <li key={problem.field + problem.message}>{problem.message}</li>
              ))}
            </ul>
          </Disclosure>
        )}
      </div>
      <div className="materials__tabs">
        <div role="tablist" aria-label={t('materials.tabsLabel')}>
          {materials.map((material) => (
            <button
              key={material.id}
              type="button"
              role="tab"
              id={`material-tab-${material.kind}`}
              aria-selected={material.id === current?.id}
              aria-controls="material-tabpanel"
              className="materials__tab"
              onClick={() => choose(material.kind)}
            >
              {t(`materials.kinds.${material.kind}`)}
              <span
                className={
                  material.requiredCleared < material.requiredItems
                    ? 'badge badge--pending'
                    : 'badge badge--good'
                }
              >
                {t('materials.cleared', {
                  cleared: material.requiredCleared,
                  total: material.requiredItems,
                })}
              </span>
            </button>
          ))}
        </div>
        {canEdit && request.editable && missingKinds.length > 0 && (
          <div className="materials__create" role="group" aria-label={t('materials.createLabel')}>
            {missingKinds.map((kind) => (
              <button
                key={kind}
                type="button"
                className="button button--small"
                onClick={() => void create(kind)}
              >
                {t('materials.create', { kind: t(`materials.kinds.${kind}`) })}
              </button>
            ))}
          </div>
        )}
      </div>
      <ErrorMessage message={error} />
      {materials.length === 0 && (
        <EmptyState
          purpose={t('materials.emptyPurpose')}
          hint={t(canEdit && request.editable ? 'materials.none' : 'materials.noneReadOnly')}
        />
      )}
      {current && (
        <div
          role="tabpanel"
          id="material-tabpanel"
          aria-labelledby={`material-tab-${current.kind}`}
        >
          <MaterialExportBar
            key={`export-${current.id}`}
            materialId={current.id}
            kind={current.kind}
            approved={request.state === 'approved'}
          />
          <MaterialLoader
            key={current.id}
            materialId={current.id}
            requestId={requestId}
            onChanged={reload}
          />
        </div>
      )}
    </div>
  );
}
