import { describe, expect, it } from 'vitest';
import { listActivity } from '../activity/list-activity';
import { setupTestDb } from '../testing/db';
import { createAccount } from '../testing/factories';
import { DEFAULT_GENERAL_PARAMETERS, getGeneralParameters } from './get-general-parameters';
import { updateGeneralParameters } from './update-general-parameters';

setupTestDb();

describe('[SETTINGS] general parameters of contract signing', () => {
  it('start with contract signing off, save, and log the change', async () => {
    const { actors } = await createAccount();
    expect(await getGeneralParameters(actors.admin)).toEqual(DEFAULT_GENERAL_PARAMETERS);
    await updateGeneralParameters(actors.admin, { contractSignatureEnabled: true, useSignatureIntegration: true, defaultActivation: 'manual' });
    expect(await getGeneralParameters(actors.admin)).toEqual({
      contractSignatureEnabled: true,
      useSignatureIntegration: true,
      defaultActivation: 'manual',
    });
    const log = await listActivity(actors.admin, { q: 'parâmetros gerais' });
    expect(log.rows[0].summary).toContain('utilizar integração Sim');
  });

  it('turning the master switch off turns "utilizar integração" off too', async () => {
    const { actors } = await createAccount();
    await updateGeneralParameters(actors.owner, { contractSignatureEnabled: false, useSignatureIntegration: true, defaultActivation: 'on_signature' });
    expect((await getGeneralParameters(actors.owner)).useSignatureIntegration).toBe(false);
  });

  it('are per account', async () => {
    const a = await createAccount();
    const b = await createAccount();
    await updateGeneralParameters(a.actors.admin, { contractSignatureEnabled: true, useSignatureIntegration: true, defaultActivation: 'manual' });
    expect(await getGeneralParameters(b.actors.admin)).toEqual(DEFAULT_GENERAL_PARAMETERS);
  });
});
