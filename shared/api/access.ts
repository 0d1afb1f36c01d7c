import type { Role } from '../accounts/roles';

/**
 * Who may call an endpoint: `public` needs no session (setup, login), `user`
 * any signed-in, unlocked account, or a list of roles.
 */
export type Access = 'public' | 'user' | readonly Role[];

/** The director alone. */
export const DIRECTOR = ['director'] as const;
/** Who works the ledger: staff and the director (operators join with the duty module). */
export const LEDGER = ['director', 'staff'] as const;
/** Who uses the archive room: staff file and apply, the archivist keeps it; operators see nothing here. */
export const ARCHIVE = ['director', 'staff', 'archivist'] as const;
/** Who keeps the catalogue in order (boxes, corrections, appraisal). */
export const ARCHIVIST = ['director', 'archivist'] as const;
/** Who reads the duty roster and asks for swaps: the operators and the staff who also take shifts. */
export const DUTY = ['director', 'staff', 'operator'] as const;
/** Who reads the watch (duty log, points, faults, footage register): the staff read, as issue 12 asks. */
export const WATCH = ['director', 'staff', 'operator'] as const;
/** Who keeps the watch: operators run their own shifts, log, record faults, hand over; the director may too. */
export const WATCH_OPS = ['director', 'operator'] as const;
