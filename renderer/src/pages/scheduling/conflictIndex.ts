import type { ScheduleView } from '../../../../shared/domain/scheduling.ts';
import type { ConflictMatch } from '../../../../shared/rules/scheduleConflicts.ts';

/** One clash of an event: the other booking, and what they share. */
export interface Clash {
  readonly otherId: string;
  readonly title: string;
  readonly unitName: string;
  readonly startsAt: string;
  readonly endsAt: string | null;
  readonly matches: readonly ConflictMatch[];
}

/** Each event's clashes, by event id, naming the other side whether or not it is shown. */
export function conflictIndex(view: ScheduleView): Map<string, Clash[]> {
  const bookings = new Map<string, Omit<Clash, 'otherId' | 'matches'>>();
  for (const event of view.events) bookings.set(event.id, event);
  for (const booking of view.hidden) bookings.set(booking.id, booking);
  const index = new Map<string, Clash[]>();
  const add = (id: string, otherId: string, matches: readonly ConflictMatch[]) => {
    const other = bookings.get(otherId);
    if (!other) return;
    index.set(id, [...(index.get(id) ?? []), { otherId, matches, ...other }]);
  };
  for (const conflict of view.conflicts) {
    add(conflict.firstId, conflict.secondId, conflict.matches);
    add(conflict.secondId, conflict.firstId, conflict.matches);
  }
  return index;
}
