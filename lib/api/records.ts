import 'server-only';
import type { ApiCaller } from '../api-keys/authenticate-api-key';
import type { Actor } from '../auth/actor';
import { createContract } from '../contracts/create-contract';
import { getContract } from '../contracts/get-contract';
import { listContracts } from '../contracts/list-contracts';
import { contractFilters, createContractInput } from '../contracts/schemas';
import { notFound } from '../errors';
import { createCustomer } from '../people/create-customer';
import { getCustomer } from '../people/get-customer';
import { listCustomers } from '../people/list-customers';
import { customerInput } from '../people/schemas';
import { z } from '../validation';

// Customers and contracts for an ERP that pushes its own records: the console's use-cases, with the
// key standing in for an operator (its creator answers in the activity log; none for CLI keys).

const actorOf = (caller: ApiCaller, ip: string | null): Actor => ({ accountId: caller.accountId, actorId: caller.createdBy as string, role: 'operator', ip });

export async function createCustomerViaApi(caller: ApiCaller, body: unknown, ip: string | null) {
  const input = customerInput.parse(body);
  const { customerId } = await createCustomer(actorOf(caller, ip), input);
  return getCustomerViaApi(caller, customerId);
}

export async function getCustomerViaApi(caller: ApiCaller, id: string) {
  const customer = await getCustomer(caller, id);
  if (!customer) throw notFound('Cliente');
  return customer;
}

export async function listCustomersViaApi(caller: ApiCaller, query: Record<string, string>) {
  const { page, q } = z.object({ page: z.coerce.number().int().min(1).catch(1).default(1), q: z.string().trim().max(100).optional() }).parse(query);
  const result = await listCustomers(caller, { page, q });
  return { data: result.rows, page: result.page, hasMore: result.hasMore };
}

/**
 * Contract defaults for callers that leave them out: awaiting signature, and the general
 * parameters deciding signature, activation, selfie and ID document. `price` is in cents.
 */
const contractDefaults = { status: 'awaiting_signature', useSignatureIntegration: 'default', activation: 'default', requireIdDocument: 'default', requireSelfie: 'default', planName: null, price: null, startDate: null, dueDay: null, witnessContactId: null, notes: null, stageId: null };

export async function createContractViaApi(caller: ApiCaller, body: unknown, ip: string | null) {
  const input = createContractInput.parse({ ...contractDefaults, ...(body as object) });
  const created = await createContract(actorOf(caller, ip), input);
  return { contract: await getContractViaApi(caller, created.contractId), envelope: created.envelope };
}

export async function getContractViaApi(caller: ApiCaller, id: string) {
  const contract = await getContract(caller, id);
  if (!contract) throw notFound('Contrato');
  return contract;
}

export async function listContractsViaApi(caller: ApiCaller, query: Record<string, string>) {
  const result = await listContracts(caller, contractFilters.parse(query));
  return { data: result.rows, page: result.page, hasMore: result.hasMore };
}
