import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { PersonalTodo } from '../../shared/domain/personalTodo.ts';
import { invoke } from './api.ts';
import { useChannel, type Loadable } from './useChannel.ts';

const pollMs = 30_000;

export interface TodoCountValue {
  /** The count the navigation shows, or null before the first answer. */
  readonly count: number | null;
  /** A page that loaded the whole 待办 reports its count, so the navigation shows the same. */
  readonly report: (count: number) => void;
}

export const TodoCountContext = createContext<TodoCountValue>({ count: null, report: () => {} });

/**
 * The navigation's 待办 count: asked again on every change of screen (`route`) and every 30 s,
 * and set from any page that loads the list, so the badge, 首页 and 待办 agree.
 */
export function useTodoCountState(route: string): TodoCountValue {
  const [count, setCount] = useState<number | null>(null);
  const refresh = useCallback(() => {
    void invoke('workspace:todoCount', {}).then((result) => {
      if (result.ok) setCount(result.value);
    });
  }, []);
  useEffect(() => {
    refresh();
    const timer = window.setInterval(refresh, pollMs);
    return () => window.clearInterval(timer);
  }, [refresh, route]);
  return { count, report: setCount };
}

/** Loads this person's 待办 and reports its count to the navigation. */
export function usePersonalTodo(): [Loadable<PersonalTodo>, () => void] {
  const [todo, reload] = useChannel('workspace:todo', {});
  const { report } = useContext(TodoCountContext);
  const loaded = todo.state === 'ready' ? todo.value.count : null;
  useEffect(() => {
    if (loaded !== null) report(loaded);
  }, [loaded, report]);
  return [todo, reload];
}
