import type { ReactNode } from 'react';

/**
 * What each feature shows in its tab of the event workspace. A feature not yet available leaves its
 * entry out; the tab then says so. Features register here.
 */
export const workspaceSections: Partial<
  Record<'materials' | 'schedule' | 'transcript', (requestId: string) => ReactNode>
> = {};
