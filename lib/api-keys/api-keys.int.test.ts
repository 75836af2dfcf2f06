import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { runAdminCommand } from '../admin/run-admin-command';
import { getApiAccount } from '../api/get-account';
import { getDb } from '../db/client';
import { apiKeys, staffActivity } from '../db/schema';
import { AppError } from '../errors';
import { setupTestDb } from '../testing/db';
import { createAccount } from '../testing/factories';
import { authenticateApiKey } from './authenticate-api-key';
import { createApiKey } from './create-api-key';
import { ensureBootstrapApiKey } from './create-key-for-account';
import { listApiKeys } from './list-api-keys';
import { revokeApiKey } from './revoke-api-key';

setupTestDb();

const headers = (h: Record<string, string>) => new Headers(h);

describe('[API KEYS]', () => {
  it('an admin creates a key shown once; only its hash and prefix are stored; it authenticates with AppKey or Bearer; the log says who', async () => {
    const { actors } = await createAccount();
    const created = await createApiKey(actors.admin, { name: 'ERP', scopes: ['envelopes:write', 'envelopes:read'] });
    expect(created.key).toMatch(/^rbk_[A-Za-z0-9_-]{43}$/);
    const [row] = await (await getDb()).select().from(apiKeys).where(eq(apiKeys.id, created.id));
    expect(row.keyHash).not.toContain(created.key);
    expect(JSON.stringify(row)).not.toContain(created.key);
    expect(row.prefix).toBe(created.key.slice(0, 12));

    expect((await authenticateApiKey(headers({ AppKey: created.key }))).accountId).toBe(actors.admin.accountId);
    expect((await authenticateApiKey(headers({ Authorization: `Bearer ${created.key}` }))).scopes).toEqual(['envelopes:write', 'envelopes:read']);
    const listed = await listApiKeys(actors.admin);
    expect(listed[0]).toMatchObject({ name: 'ERP', prefix: created.prefix, revokedAt: null, lastUsedAt: expect.any(Date) });
    const log = await (await getDb()).select().from(staffActivity).where(eq(staffActivity.entityId, created.id));
    expect(log[0].summary).toContain('Criou a chave de API "ERP"');
  });

  it('operators may not create, list or revoke keys', async () => {
    const { actors } = await createAccount();
    await expect(createApiKey(actors.operator, { name: 'x', scopes: ['webhooks'] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listApiKeys(actors.operator)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('a revoked key is refused at once; another account cannot revoke it', async () => {
    const { actors } = await createAccount();
    const other = await createAccount();
    const created = await createApiKey(actors.admin, { name: 'Portal', scopes: ['envelopes:read'] });
    await authenticateApiKey(headers({ AppKey: created.key }));
    await expect(revokeApiKey(other.actors.admin, { keyId: created.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await revokeApiKey(actors.admin, { keyId: created.id });
    await expect(authenticateApiKey(headers({ AppKey: created.key }))).rejects.toSatisfy((e) => e instanceof AppError && e.code === 'UNAUTHENTICATED');
  });

  it('RUBRICA_BOOTSTRAP_API_KEY creates that key once, with every scope, for the first account', async () => {
    const db = await getDb();
    const key = `bootstrap-${crypto.randomUUID()}-${crypto.randomUUID()}`;
    expect(await ensureBootstrapApiKey(db, key)).toBe(true);
    expect(await ensureBootstrapApiKey(db, key)).toBe(false);
    const caller = await authenticateApiKey(headers({ AppKey: key }));
    expect(caller.scopes).toEqual(['envelopes:write', 'envelopes:read', 'webhooks']);
  });

  it('the CLI command creates a key for an account by slug, and says so when the slug is unknown', async () => {
    const { account } = await createAccount();
    const db = await getDb();
    const out = await runAdminCommand(db, { command: 'api-key.create', account: account.slug, name: 'Automação', scopes: ['envelopes:read'] });
    expect((await authenticateApiKey(headers({ AppKey: out.key }))).keyName).toBe('Automação');
    await expect(runAdminCommand(db, { command: 'api-key.create', account: 'nao-existe', name: 'x' })).rejects.toMatchObject({ userMessage: 'Conta "nao-existe" não encontrada.' });
  });

  it('GET /api/v1/account lists users, folders and signer roles with their ids', async () => {
    const { actors } = await createAccount({ roles: ['admin'] });
    const created = await createApiKey(actors.admin, { name: 'ERP', scopes: ['envelopes:read'] });
    const body = await getApiAccount(await authenticateApiKey(headers({ AppKey: created.key })));
    expect(body.users).toEqual([{ id: actors.admin.actorId, name: expect.any(String), email: actors.admin.email, active: true }]);
    expect(body.folders).toEqual([]);
  });
});
