/** The roster's rules, settings the director may change (issue: 休息、夜班后不接白班、连续夜班、每周班数). */
export interface RosterRules {
  /** Minimum rest between two shifts of one person, in hours (default 12). */
  minRestHours: number;
  /** No day shift within 24 hours after a night shift ends. */
  noDayAfterNight: boolean;
  /** Most night shifts on consecutive days. */
  maxConsecutiveNights: number;
  /** Most shifts in a calendar week (Monday to Sunday). */
  maxShiftsPerWeek: number;
}

export const DEFAULT_ROSTER_RULES: RosterRules = {
  minRestHours: 12,
  noDayAfterNight: true,
  maxConsecutiveNights: 3,
  maxShiftsPerWeek: 5,
};

/** Leave or unavailability: a whole day, or one shift of it. */
export interface Leave {
  personId: number;
  date: string;
  /** The shift's key, or null for the whole day. */
  shift: string | null;
  reason: string;
}

export interface Assignment {
  date: string;
  shift: string;
  personId: number;
}

export interface Person {
  id: number;
  name: string;
}
