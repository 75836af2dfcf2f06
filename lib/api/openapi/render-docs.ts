// /api/docs: the OpenAPI document as a readable page, rendered on the server from the same
// document — self-hosted, no CDN, no script.

type Json = Record<string, unknown>;
const md = (s: unknown) => esc(s).replace(/`([^`]+)`/g, '<code>$1</code>');
const esc = (s: unknown) => String(s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function resolve(doc: Json, schema: Json | undefined): Json | undefined {
  if (!schema) return undefined;
  const r = schema.$ref as string | undefined;
  if (!r) return schema;
  return ((doc.components as Json).schemas as Json)[r.split('/').pop()!] as Json;
}

function typeOf(doc: Json, s: Json | undefined): string {
  if (!s) return '';
  if (s.$ref) return (s.$ref as string).split('/').pop()!;
  const variants = (s.anyOf ?? s.oneOf) as Json[] | undefined;
  if (variants) return variants.map((v) => (v.const !== undefined ? JSON.stringify(v.const) : v.enum ? (v.enum as unknown[]).map((e) => JSON.stringify(e)).join(' | ') : typeOf(doc, v))).join(' | ');
  if (s.enum) return (s.enum as unknown[]).map((e) => JSON.stringify(e)).join(' | ');
  if (s.type === 'array') return `${typeOf(doc, s.items as Json)}[]`;
  const t = Array.isArray(s.type) ? (s.type as string[]).join(' | ') : (s.type as string) ?? 'any';
  const limits = [s.format, s.minimum !== undefined ? `≥ ${s.minimum}` : '', s.maximum !== undefined ? `≤ ${s.maximum}` : '', s.maxLength !== undefined ? `até ${s.maxLength}` : '', s.pattern && !s.format ? `/${s.pattern}/` : '']
    .filter(Boolean)
    .join(', ');
  return limits ? `${t} (${limits})` : t;
}

function fields(doc: Json, schema: Json | undefined, prefix = '', depth = 0): string {
  const s = resolve(doc, schema);
  if (!s || depth > 6) return '';
  const objectOf = (x: Json | undefined): Json | undefined => {
    const r = resolve(doc, x);
    if (!r) return undefined;
    if (r.type === 'object') return r;
    const variants = (r.anyOf ?? r.oneOf) as Json[] | undefined;
    return variants?.map((v) => resolve(doc, v)).find((v) => v?.type === 'object');
  };
  const obj = objectOf(s) ?? (s.type === 'array' ? objectOf(s.items as Json) : undefined);
  if (!obj?.properties) return '';
  const required = new Set((obj.required as string[]) ?? []);
  return Object.entries(obj.properties as Record<string, Json>)
    .map(([name, p]) => {
      const path = `${prefix}${name}`;
      const r = resolve(doc, p)!;
      const nested = objectOf(r) ?? (r.type === 'array' ? objectOf(r.items as Json) : undefined) ?? objectOf(((r.anyOf as Json[]) ?? []).map((v) => resolve(doc, v)).find((v) => v?.type === 'array')?.items as Json);
      const row = `<tr><td><code>${esc(path)}</code></td><td>${esc(nested ? (r.type === 'array' || JSON.stringify(r).startsWith('{"anyOf":[{"type":"array"') ? 'object[]' : 'object') : typeOf(doc, p))}</td><td>${required.has(name) ? 'sim' : ''}</td><td>${esc(r.description ?? p.description ?? '')}</td></tr>`;
      return row + (nested ? fields(doc, nested, `${path}${r.type === 'array' ? '[]' : ''}.`, depth + 1) : '');
    })
    .join('');
}

const table = (rows: string) => (rows ? `<table><thead><tr><th>Campo</th><th>Tipo</th><th>Obrigatório</th><th>Descrição</th></tr></thead><tbody>${rows}</tbody></table>` : '');

export function renderDocsHtml(doc: Json): string {
  const info = doc.info as Json;
  const ops: string[] = [];
  const nav: string[] = [];
  for (const [path, methods] of Object.entries(doc.paths as Record<string, Record<string, Json>>)) {
    for (const [method, op] of Object.entries(methods)) {
      const anchor = `${method}-${path}`.replace(/[^a-z0-9]+/gi, '-');
      nav.push(`<li><a href="#${anchor}"><span class="m ${method}">${method.toUpperCase()}</span> ${esc(path)}</a></li>`);
      const params = ((op.parameters as Json[]) ?? []).map((p) => `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.in)}</td><td>${p.required ? 'sim' : ''}</td><td>${esc(p.description ?? typeOf(doc, p.schema as Json))}</td></tr>`).join('');
      const body = (((op.requestBody as Json)?.content as Json)?.['application/json'] as Json)?.schema as Json | undefined;
      const responses = Object.entries((op.responses as Record<string, Json>) ?? {})
        .map(([code, r]) => {
          const schema = ((r.content as Json)?.['application/json'] as Json)?.schema as Json | undefined;
          return `<li><b>${code}</b> ${esc(r.description)}${schema?.$ref ? ` — <code>${esc(typeOf(doc, schema))}</code>` : ''}</li>`;
        })
        .join('');
      ops.push(`<section id="${anchor}"><h3><span class="m ${method}">${method.toUpperCase()}</span> <code>${esc(path)}</code></h3><p class="tag">${esc(((op.tags as string[]) ?? []).join(', '))}</p><p><b>${esc(op.summary)}</b></p>${op.description ? `<p>${md(op.description)}</p>` : ''}${params ? `<h4>Parâmetros</h4><table><thead><tr><th>Nome</th><th>Em</th><th>Obrigatório</th><th>Descrição</th></tr></thead><tbody>${params}</tbody></table>` : ''}${body ? `<h4>Corpo (${esc(typeOf(doc, body))})</h4>${table(fields(doc, body))}` : ''}<h4>Respostas</h4><ul>${responses}</ul></section>`);
    }
  }
  const schemas = Object.entries((doc.components as Json).schemas as Record<string, Json>)
    .map(([name, s]) => `<section id="schema-${esc(name)}"><h3>${esc(name)}</h3>${table(fields(doc, s))}</section>`)
    .join('');
  return `<!doctype html><html lang="pt-BR"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(info.title)} — documentação</title><style>
body{font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;color:#0f172a;display:grid;grid-template-columns:22rem 1fr}
nav{position:sticky;top:0;height:100vh;overflow:auto;background:#f8fafc;border-right:1px solid #e2e8f0;padding:1rem;font-size:13px}
nav ul{list-style:none;padding:0}nav li{margin:.3rem 0}nav a{color:#0f172a;text-decoration:none}
main{padding:1.5rem 2rem;max-width:70rem;min-width:0;overflow-wrap:anywhere}h1{margin-top:0}section{border-top:1px solid #e2e8f0;padding:1rem 0}
.m{display:inline-block;min-width:3.6rem;text-align:center;border-radius:4px;font:600 12px ui-monospace,monospace;padding:1px 4px;color:#fff}
.get{background:#1d4ed8}.post{background:#15803d}.delete{background:#b91c1c}.patch,.put{background:#a16207}
table{border-collapse:collapse;width:100%;font-size:13px;margin:.5rem 0}th,td{border:1px solid #e2e8f0;padding:4px 6px;text-align:left;vertical-align:top}th{background:#f1f5f9}
code{font:12.5px ui-monospace,monospace}.tag{color:#64748b;margin:0}</style></head><body>
<nav><p><b>${esc(info.title)}</b> ${esc(info.version)}</p><p><a href="/api/openapi.json">openapi.json</a></p><ul>${nav.join('')}</ul></nav>
<main><h1>${esc(info.title)}</h1><p>${md(info.description)}</p>${ops.join('')}<h2>Esquemas</h2>${schemas}</main></body></html>`;
}
