import { describe, expect, it } from 'vitest';
import { openApiDocument } from './document';
import { renderDocsHtml } from './render-docs';

const doc = openApiDocument('https://assina.exemplo.com.br') as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- walking a JSON document

function refs(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => refs(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 and every $ref points at a component', () => {
    expect(doc.openapi).toBe('3.1.0');
    for (const r of refs(doc)) {
      expect(r).toMatch(/^#\/components\/schemas\//);
      expect(doc.components.schemas[r.split('/').pop()!], r).toBeDefined();
    }
  });
  it('describes the request bodies with the same rules the validators apply', () => {
    const arq = doc.components.schemas.ArqSignEnviarProcesso;
    expect(arq.required).toEqual(['idResponsavel', 'nomeProcesso', 'idPasta', 'usarOrdemAssinatura', 'usarPosicaoAssinaturaAutomatica', 'destinatarios', 'documentos']);
    expect(arq.additionalProperties).toBe(false);
    expect(arq.properties.nomeProcesso.maxLength).toBe(250);
    const env = doc.components.schemas.CreateEnvelope;
    expect(env.properties.documents.maxItems).toBe(25);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/envelopes', '/api/v1/envelopes/{id}/download', '/api/v2/processo/enviar-documento-para-assinar', '/api/v1/webhooks']));
  });
  it('renders a readable page with every operation and the fields of each body', () => {
    const html = renderDocsHtml(doc);
    expect(html).toContain('/api/v2/processo/enviar-documento-para-assinar');
    expect(html).toContain('destinatarios[].assinarOnline.seguranca.codigoSeguranca');
    expect(html).not.toMatch(/<script|https:\/\/cdn/i);
  });
});
