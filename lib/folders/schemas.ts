import { z } from '../validation';

export const folderNameInput = z.object({ name: z.string().trim().min(1, 'Informe o nome.').max(100, 'Use até 100 caracteres.') });
export const signerRoleNameInput = z.object({ name: z.string().trim().min(1, 'Informe o nome.').max(50, 'Use até 50 caracteres.') });
export const deleteByIdInput = z.object({ id: z.uuid() });
