import { type Actor, Role } from '@/domain/auth/actor';

/** Who runs an offline CLI: whoever may open the data directory, which is an admin's power. */
export const OFFLINE_ADMIN: Actor = { id: 'cli', role: Role.ADMIN, managerId: null };
