import 'server-only';
import { now } from '../clock';
import { envelopeStatusLabels } from '../envelopes/schemas';
import { renderTrailReport } from '../pdf/render-trail-report';
import { formatSaoPaulo } from '../pdf/sao-paulo-time';
import type { EnvelopeTrail } from './get-envelope-trail';

export function chainText(trail: EnvelopeTrail): string {
  const c = trail.chain;
  return c.ok
    ? `Cadeia de hashes íntegra: ${c.events} eventos, nenhum alterado ou ausente.`
    : `Cadeia de hashes QUEBRADA no evento #${c.brokenAtSeq} (${c.reason}): a trilha foi adulterada.`;
}

/**
 * The whole trail as JSON, with every field the hash covers, so anyone can recompute
 * sha256(prev_hash || canonical_json(event)) on their own and reach the same hashes.
 */
export function trailAsJson(trail: EnvelopeTrail) {
  const { envelope } = trail;
  return {
    format: 'rubrica.evidence-trail/1',
    hashAlgorithm: 'sha256(prev_hash || canonical_json(event)), chaves ordenadas, sem espaços',
    exportedAt: now().toISOString(),
    envelope: { id: envelope.id, name: envelope.name, status: envelope.status, createdAt: envelope.createdAt, completedAt: envelope.completedAt, sealedAt: envelope.sealedAt },
    documents: trail.documents.map((d) => ({
      id: d.id,
      name: d.name,
      pages: d.pageCount,
      sha256: d.sha256,
      sealedSha256: d.sealedSha256,
      verificationCode: d.verificationCode,
      sealedAt: d.sealedAt,
    })),
    chain: trail.chain,
    events: trail.events.map((e) => ({
      envelopeId: envelope.id,
      seq: e.seq,
      type: e.type,
      recipientId: e.recipientId,
      actorType: e.actorType,
      actorId: e.actorId,
      ip: e.ip,
      userAgent: e.userAgent,
      payload: e.payload,
      occurredAt: e.occurredAt.toISOString(),
      prevHash: e.prevHash,
      hash: e.hash,
      description: e.label,
    })),
  };
}

export async function trailAsPdf(trail: EnvelopeTrail): Promise<Uint8Array> {
  const { envelope } = trail;
  return renderTrailReport({
    title: envelope.name,
    subtitle: `Todos os eventos do envelope ${envelope.id}, em ordem, com o encadeamento de hashes verificado no momento da exportação.`,
    facts: [
      ['Situação', envelopeStatusLabels[envelope.status]],
      ['Criado em', formatSaoPaulo(envelope.createdAt)],
      ['Concluído em', envelope.completedAt ? formatSaoPaulo(envelope.completedAt) : '—'],
      ['Selado em', envelope.sealedAt ? formatSaoPaulo(envelope.sealedAt) : '—'],
      ...trail.documents.map((d, i): [string, string] => [`Documento ${i + 1}`, `${d.name} · SHA-256 ${d.sha256}`]),
    ],
    chain: { ok: trail.chain.ok, text: chainText(trail) },
    events: trail.events.map((e) => ({ seq: e.seq, at: e.occurredAt, label: e.label, actor: e.actor, ip: e.ip, device: e.device, hash: e.hash })),
    generatedAt: now(),
  });
}
