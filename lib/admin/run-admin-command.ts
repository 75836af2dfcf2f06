import 'server-only';
import { createApiKeyForAccount } from '../api-keys/create-key-for-account';
import { apiScopes, type ApiScope } from '../api-keys/schemas';
import { getDb, type Db } from '../db/client';
import { AppError } from '../errors';

export type AdminCommand = { command: 'api-key.create'; account: string; name: string; scopes?: string[]; rateLimitPerMinute?: number };

/** The commands `npm run cli` can run, in the server (through /api/internal/admin) or, with no server, in the CLI itself. */
export async function runAdminCommand(db: Db | null, cmd: AdminCommand) {
  switch (cmd.command) {
    case 'api-key.create': {
      const scopes = (cmd.scopes ?? []).filter(Boolean);
      const unknown = scopes.filter((s) => !(apiScopes as readonly string[]).includes(s));
      if (unknown.length) throw new AppError('INVALID_INPUT', { userMessage: `Permissões desconhecidas: ${unknown.join(', ')}. Use ${apiScopes.join(', ')}.` });
      const rate = cmd.rateLimitPerMinute;
      if (rate !== undefined && !(Number.isInteger(rate) && rate >= 1)) throw new AppError('INVALID_INPUT', { userMessage: '--rate-limit deve ser um inteiro ≥ 1.' });
      return createApiKeyForAccount(db ?? (await getDb()), { accountSlug: cmd.account, name: cmd.name, scopes: scopes as ApiScope[], rateLimitPerMinute: rate });
    }
    default:
      throw new AppError('INVALID_INPUT', { userMessage: `Comando desconhecido: ${(cmd as { command: string }).command}` });
  }
}
