/** The result of "Testar conexão", worded for the person who configured the integration. */
export type ConnectionResult = { ok: boolean; message: string };

export const CONNECT_TIMEOUT_MS = 10_000;

export type ProbeOptions = { timeoutMs?: number };

/** base + path, keeping any path the saved URL already has ("https://host/tenant" + "/api/..."). */
export function joinUrl(base: string, path: string) {
  return `${base.replace(/\/+$/, '')}${path}`;
}

/**
 * One HTTP request to the provider. Redirects are not followed: credentials go only to the host
 * that was configured. Network errors and timeouts come back as "could not connect".
 */
export async function probe(url: string, init: RequestInit, opts: ProbeOptions = {}) {
  const host = new URL(url).host;
  try {
    const res = await fetch(url, {
      ...init,
      redirect: 'manual',
      cache: 'no-store',
      signal: AbortSignal.timeout(opts.timeoutMs ?? CONNECT_TIMEOUT_MS),
    });
    await res.body?.cancel().catch(() => {});
    return { kind: 'status' as const, status: res.status, host };
  } catch {
    return { kind: 'network' as const, host };
  }
}

/** The outcome mapping every adapter shares; `rejected` is the provider's wording for 401/403. */
export function describeOutcome(
  outcome: Awaited<ReturnType<typeof probe>>,
  p: { label: string; rejected: string; rejectedStatuses?: number[] },
): ConnectionResult {
  if (outcome.kind === 'network') return { ok: false, message: `Não foi possível conectar a ${outcome.host}.` };
  const { status, host } = outcome;
  if (status >= 200 && status < 300) {
    return { ok: true, message: `Conexão com ${p.label} (${host}) funcionando: credenciais aceitas.` };
  }
  if ((p.rejectedStatuses ?? [401, 403]).includes(status)) return { ok: false, message: p.rejected };
  if (status === 404) {
    return { ok: false, message: `${host} não respondeu como a API de ${p.label} (HTTP 404). Confira a URL do serviço.` };
  }
  if (status === 429) return { ok: false, message: `${p.label} limitou as requisições (HTTP 429). Tente de novo em instantes.` };
  if (status >= 500) return { ok: false, message: `${p.label} respondeu com erro (HTTP ${status}). Tente de novo mais tarde.` };
  return { ok: false, message: `Resposta inesperada de ${p.label} (HTTP ${status}). Confira a URL do serviço.` };
}
