import { v1 } from '@/lib/api/v1-handlers';

export const dynamic = 'force-dynamic';
export const GET = v1.listContracts;
export const POST = v1.createContract;
