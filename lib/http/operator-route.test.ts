import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError, notFound } from '../errors';
import { routeErrorResponse } from './operator-route';

const get = (accept: string) => new Request('http://127.0.0.1:3000/console/templates/x/preview', { headers: { accept } });

describe('operator routes map errors like actions do', () => {
  afterEach(() => vi.restoreAllMocks());

  it('an AppError answers with its status and pt-BR message, never cached', async () => {
    const res = routeErrorResponse(get('application/json'), notFound('Modelo'));
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Modelo não encontrado.' } });
    expect(routeErrorResponse(get('*/*'), new AppError('FORBIDDEN', { userMessage: 'Não.' })).status).toBe(403);
  });

  it('a signed-out browser tab goes to the sign-in page; an API client gets 401', () => {
    const signedOut = new AppError('UNAUTHENTICATED', { userMessage: 'Entre para continuar.' });
    const tab = routeErrorResponse(get('text/html,application/xhtml+xml'), signedOut);
    expect([tab.status, tab.headers.get('location')]).toEqual([303, 'http://127.0.0.1:3000/login']);
    expect(routeErrorResponse(get('application/json'), signedOut).status).toBe(401);
  });

  it('anything else is logged with a reference and answered with a generic 500', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = routeErrorResponse(get('*/*'), new Error('disco cheio em /var/lib/rubrica'));
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body.error.message).toMatch(/^Algo deu errado\. Tente de novo \(referência [0-9a-f]{8}\)\.$/);
    expect(JSON.stringify(body)).not.toContain('disco cheio');
    expect(log).toHaveBeenCalledOnce();
  });
});
