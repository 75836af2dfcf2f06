import { describe, expect, it } from 'vitest';
import { deleteBranch } from '../branches/delete-branch';
import { deleteCustomer } from '../people/delete-customer';
import { createContractSetup } from '../testing/contract-factories';
import { setupTestDb } from '../testing/db';
import { createAccount } from '../testing/factories';

setupTestDb();

describe('[CONTRACTS] what contracts use cannot be deleted', () => {
  it('refuses deleting the customer or the branch of a contract, naming the contract', async () => {
    const { actors } = await createAccount();
    const s = await createContractSetup(actors.admin);
    await expect(deleteCustomer(actors.admin, { customerId: s.customer.id })).rejects.toMatchObject({
      code: 'INVALID_STATE',
      userMessage: expect.stringContaining(`o contrato nº ${s.contract.number} o utiliza`),
    });
    await expect(deleteBranch(actors.admin, { branchId: s.branch.id })).rejects.toMatchObject({
      code: 'INVALID_STATE',
      userMessage: expect.stringContaining(`Não é possível excluir a filial ${s.branch.name}`),
    });
  });
});
