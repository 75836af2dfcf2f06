export const roles = ['owner', 'admin', 'operator', 'viewer'] as const;
export type Role = (typeof roles)[number];

const rank: Record<Role, number> = { viewer: 0, operator: 1, admin: 2, owner: 3 };

/** owner ⊃ admin ⊃ operator ⊃ viewer: a role may do everything the roles below it may. */
export function hasRole(actual: Role, required: Role): boolean {
  return rank[actual] >= rank[required];
}

/** Who may give or take a role: only owners touch owners; admins manage the roles below owner. */
export function canAssignRole(actor: Role, target: Role): boolean {
  if (target === 'owner') return actor === 'owner';
  return hasRole(actor, 'admin');
}

export const roleLabels: Record<Role, string> = {
  owner: 'Proprietário',
  admin: 'Administrador',
  operator: 'Operador',
  viewer: 'Leitor (gestor)',
};
