import type { Role } from './roles';

/** Who is calling a console use-case: every query it runs is scoped by accountId. */
export type Actor = { accountId: string; actorId: string; role: Role; ip?: string | null };
