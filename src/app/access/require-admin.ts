import { type Actor, Role } from '@/domain/auth/actor';
import { Forbidden } from '@/app/errors';

/** Admins only: FORBIDDEN for anyone else, naming the operation (the transports refuse earlier with the same rule). */
export function requireAdmin(actor: Actor, operation: string): void {
  if (actor.role !== Role.ADMIN) throw new Forbidden(`${operation} is for admins only`, operation);
}
