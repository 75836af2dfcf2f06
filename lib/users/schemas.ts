import { roles } from '../auth/roles';
import { z } from '../validation';

const role = z.enum(roles, { message: 'Escolha um papel válido.' });

export const inviteUserInput = z.object({
  name: z.string().trim().min(2, 'Informe o nome completo.').max(120, 'Use no máximo 120 caracteres.'),
  email: z.string().trim().toLowerCase().pipe(z.email('Informe um e-mail válido, como nome@empresa.com.br.')),
  role,
});
export type InviteUserInput = z.output<typeof inviteUserInput>;

export const changeUserRoleInput = z.object({ userId: z.uuid('Usuário inválido.'), role });
export type ChangeUserRoleInput = z.output<typeof changeUserRoleInput>;

export const setUserActiveInput = z.object({
  userId: z.uuid('Usuário inválido.'),
  active: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]),
});
export type SetUserActiveInput = z.output<typeof setUserActiveInput>;

export const changePasswordInput = z
  .object({
    currentPassword: z.string().min(1, 'Informe a senha atual.'),
    newPassword: z.string().min(10, 'A nova senha deve ter pelo menos 10 caracteres.').max(200),
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'A confirmação não é igual à nova senha.',
  });
export type ChangePasswordInput = z.output<typeof changePasswordInput>;
