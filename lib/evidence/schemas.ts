import { z } from '../validation';

export const envelopeIdInput = z.object({ envelopeId: z.uuid({ message: 'Envelope inválido.' }) });
