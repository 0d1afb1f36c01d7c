import type { Role } from '../../../../shared/accounts/roles';

/**
 * What a role may do in the archive room, as the contract says (ARCHIVE /
 * ARCHIVIST / DIRECTOR): the UI hides what the server would refuse anyway.
 */
export const managesArchive = (role: Role): boolean => role === 'director' || role === 'archivist';
export const isDirector = (role: Role): boolean => role === 'director';
