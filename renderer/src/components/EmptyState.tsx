import type { ReactNode } from 'react';

interface EmptyStateProps {
  /** What the list is for, e.g. 「口径库收录经审定的答问口径，供各单位起草时引用。」 */
  readonly purpose: string;
  /** What to do to fill it, e.g. 「在答问口径材料中选中一条，点「收入口径库」。」 */
  readonly hint?: string;
  /** An optional action (a button or link) that starts filling it. */
  readonly action?: ReactNode;
}

/** What an empty table shows instead of nothing: what it is for and what to do. */
export function EmptyState({ purpose, hint, action }: EmptyStateProps) {
  return (
    <div className="empty-state" role="note">
      <p className="empty-state__purpose">{purpose}</p>
      {hint && <p className="empty-state__hint">{hint}</p>}
      {action && <div className="empty-state__action">{action}</div>}
    </div>
  );
}
