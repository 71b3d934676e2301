import { useEffect, useState } from 'react';
import type { MaterialDetail } from '../../../../shared/domain/materials.ts';
import { invoke } from '../../api.ts';
import { ErrorMessage } from '../../components/Field.tsx';
import { MaterialWorkspace } from './MaterialWorkspace.tsx';
import type { Panel } from './SidePanels.tsx';

interface MaterialLoaderProps {
  readonly materialId: string;
  readonly requestId: string;
  readonly onChanged: () => void;
}

/** Opens a material (taking the editing lease when this window may edit) and shows it. */
export function MaterialLoader({ materialId, requestId, onChanged }: MaterialLoaderProps) {
  const [detail, setDetail] = useState<MaterialDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const [panel, setPanel] = useState<Panel>('checklist');
  useEffect(() => {
    let live = true;
    void invoke('materials:open', { materialId }).then((result) => {
      if (!live) return;
      if (result.ok) setDetail(result.value);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [materialId]);
  if (error) return <ErrorMessage message={error} />;
  if (!detail) return null;
  return (
    <MaterialWorkspace
      key={`${detail.id}-${generation}`}
      detail={detail}
      requestId={requestId}
      onChanged={onChanged}
      panel={panel}
      onPanel={setPanel}
      onReplaced={(next) => {
        setGeneration((value) => value + 1);
        setDetail(next);
        onChanged();
      }}
    />
  );
}
