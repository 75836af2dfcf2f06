import { z } from '../validation';

export const accountSettingsInput = z.object({
  sessionIdleMinutes: z.coerce
    .number({ message: 'Informe o tempo de sessão em minutos.' })
    .int('Informe um número inteiro de minutos.')
    .min(5, 'O tempo de sessão deve ser de pelo menos 5 minutos.')
    .max(720, 'O tempo de sessão deve ser de no máximo 720 minutos (12 horas).'),
});
export type AccountSettingsInput = z.output<typeof accountSettingsInput>;
