import { getApiAccount } from '@/lib/api/get-account';
import { apiRoute } from '@/lib/api/http';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(null, async (_req, { caller }) => Response.json(await getApiAccount(caller)));
