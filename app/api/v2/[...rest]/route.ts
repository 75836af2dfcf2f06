import { arqsignErrorResponse } from '@/lib/api/arqsign/handle';
import { ArqsignError } from '@/lib/api/arqsign/errors';
import { arqsignMessages } from '@/lib/api/arqsign/messages';

export const dynamic = 'force-dynamic';

// Any other /api/v2 path: ArqSign's 404 in its own shape.
const notFound = () => arqsignErrorResponse(new ArqsignError(404, [arqsignMessages.notFound]));
export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
