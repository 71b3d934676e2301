import type { ReactNode } from 'react';
import { MaterialsPanel } from '../materials/MaterialsPanel.tsx';
import { ConflictNotice } from '../scheduling/ConflictNotice.tsx';
import { TranscriptPanel } from '../transcripts/TranscriptPanel.tsx';

/**
 * What each feature shows in its tab of the event workspace. A feature not yet available leaves its
 * entry out; the tab then says so. Features register here.
 */
export const workspaceSections: Partial<
  Record<'materials' | 'schedule' | 'transcript', (requestId: string) => ReactNode>
> = {
  materials: (requestId) => <MaterialsPanel requestId={requestId} />,
  transcript: (requestId) => <TranscriptPanel requestId={requestId} />,
  schedule: (requestId) => <ConflictNotice requestId={requestId} revision={0} />,
};
