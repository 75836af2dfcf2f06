import { apiError } from '@/lib/api/http';

export const dynamic = 'force-dynamic';

const notFound = () => apiError(404, 'NOT_FOUND', 'Endpoint não encontrado. Veja /api/docs.');
export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
