import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { z } from '../../validation';
import type { InspectedPdf } from '../uploaded-pdf';
import { arqsignMessages as m } from './messages';
import type { Findings } from './errors';
import type { Destinatario, EnviarProcesso } from './schema';

export const MAX_DOCUMENTS = 25;
export const MAX_TOTAL_BYTES = 100 * 1024 * 1024;

export type ProcessLookup = {
  activeUserIds: ReadonlySet<string>;
  folderIds: ReadonlySet<string>;
  /** Lower-cased names of the account's signer roles (papéis). */
  roleNames: ReadonlySet<string>;
  /** Per document: the PDF, 'not-base64', or 'not-pdf'. */
  pdfs: readonly (InspectedPdf | 'not-base64' | 'not-pdf')[];
};

const isEmail = (v: string) => z.email().safeParse(v).success;
/** Any valid phone (Brazil assumed without a country code); SMS only to Brazilian numbers. */
export function phoneE164(v: string, brazilOnly = false): string | null {
  const p = parsePhoneNumberFromString(v.trim().replace(/^00/, '+'), 'BR');
  if (!p || !p.isValid()) return null;
  if (brazilOnly && p.countryCallingCode !== '55') return null;
  return p.number;
}

const signs = (d: Destinatario) => d.idTipoAcao === 1;
const blank = (v: unknown) => v === undefined || v === null || v === '';

/** Every "Talvez" condition and every rule of the process (reference 004), after the schema has passed. */
export function checkProcess(p: EnviarProcesso, lookup: ProcessLookup, f: Findings) {
  if (!lookup.activeUserIds.has(p.idResponsavel)) f.add('missingIds', 'idResponsavel');
  if (!lookup.folderIds.has(p.idPasta)) f.add('missingIds', 'idPasta');

  checkDocuments(p, lookup, f);
  if (!p.destinatarios.some(signs)) f.add('rules', 'É obrigatório informar ao menos um destinatário com ação de Assinar Online.');

  const seenByOrder = new Map<string, string>();
  p.destinatarios.forEach((d, i) => {
    const at = `destinatarios[${i}]`;
    const hasEmail = !blank(d.email);
    const hasPhone = !blank(d.telefone);
    if (!hasEmail && !hasPhone) f.add('badRequest', m.emailOrPhoneRequired);
    else if (hasEmail && hasPhone) f.add('rules', m.emailAndPhone);
    if (hasEmail && !isEmail(d.email!)) f.add('format', `${at}.email`);
    if (hasPhone && !phoneE164(d.telefone!)) f.add('format', `${at}.telefone`);

    if (signs(d) && p.usarOrdemAssinatura && !d.ordemAssinatura) f.add('required', `${at}.ordemAssinatura`);
    const order = signs(d) && p.usarOrdemAssinatura ? (d.ordemAssinatura ?? 0) : signs(d) ? 1 : 0;
    const address = hasEmail && !hasPhone ? d.email!.trim().toLowerCase() : hasPhone && !hasEmail ? (phoneE164(d.telefone!) ?? d.telefone!) : null;
    if (address && signs(d)) {
      const key = `${order}|${address}`;
      if (seenByOrder.has(key)) f.add('rules', `A aplicação não permite o mesmo destinatário na mesma ordem de assinatura: ${address} (ordem ${order}).`);
      seenByOrder.set(key, at);
    }

    if (!signs(d)) return; // "assinarOnline" of a copy recipient is ignored.
    const o = d.assinarOnline;
    if (!o) {
      f.add('required', `${at}.assinarOnline`);
      return;
    }
    const a = `${at}.assinarOnline`;
    if (blank(o.idTipoAssinatura)) f.add('required', `${a}.idTipoAssinatura`);
    if (hasPhone && !hasEmail && o.idTipoAssinatura !== undefined && o.idTipoAssinatura !== null && o.idTipoAssinatura !== 1) {
      f.add('rules', `Somente é possível enviar processo por WhatsApp para quem assina com Assinatura Eletrônica (idTipoAssinatura = 1) ou recebe uma cópia: ${at}.telefone.`);
    }
    if (o.idTipoAssinatura === 3 || o.idTipoAssinatura === 4) {
      f.add('rules', `Assinatura com certificado digital (idTipoAssinatura = ${o.idTipoAssinatura}) ainda não está disponível neste servidor: ${a}.idTipoAssinatura.`);
    }

    const pf = o.assinarComo === 1 || o.assinarComo === 3;
    const pj = o.assinarComo === 2 || o.assinarComo === 3;
    const unknownRoles = [...(pf ? (o.papelPessoaFisica ?? []) : []), ...(pj ? (o.papelPessoaJuridica ?? []) : [])].filter((r) => !lookup.roleNames.has(r.trim().toLowerCase()));
    if (unknownRoles.length) {
      f.add('rules', unknownRoles.length === 1 ? `O papel informado não existe na conta: ${unknownRoles[0]}.` : `Os papéis informados não existem na conta: ${unknownRoles.join(', ')}.`);
    }

    checkSecurity(o.seguranca, `${a}.seguranca`, f);
    if (o.mensagemPersonalizada) {
      const mp = o.mensagemPersonalizada;
      if (!blank(mp.titulo) && blank(mp.texto)) f.add('required', `${a}.mensagemPersonalizada.texto`);
      if (blank(mp.titulo) && !blank(mp.texto)) f.add('required', `${a}.mensagemPersonalizada.titulo`);
    }
    (o.anexos ?? []).forEach((ax, j) => {
      const fields = ['anexoDocumentoNome', 'anexoObrigatorio', 'anexoExibirTodosDestinatarios'] as const;
      if (fields.some((k) => !blank(ax[k]))) for (const k of fields) if (blank(ax[k])) f.add('required', `${a}.anexos[${j}].${k}`);
    });

    if (o.idTipoAssinatura === 1) checkElectronic(o.assinaturaEletronica, pj, `${a}.assinaturaEletronica`, f);
    if (!p.usarPosicaoAssinaturaAutomatica) checkManualPositions(p, d, i, pf, pj, lookup, f);
  });
}

function checkDocuments(p: EnviarProcesso, lookup: ProcessLookup, f: Findings) {
  const docs = p.documentos;
  if (docs.length > MAX_DOCUMENTS) f.add('rules', `É permitido enviar até ${MAX_DOCUMENTS} arquivos por processo.`);
  let total = 0;
  const names = new Set<string>();
  const orders = new Set<number>();
  docs.forEach((doc, i) => {
    if (docs.length > 1) {
      if (!doc.ordemDocumento) f.add('required', `documentos[${i}].ordemDocumento`);
      else if (orders.has(doc.ordemDocumento)) f.add('rules', `Não é permitido arquivos com a mesma ordem: ordemDocumento ${doc.ordemDocumento}.`);
      else orders.add(doc.ordemDocumento);
    }
    const key = doc.nomeComExtensao.trim().toLowerCase();
    if (names.has(key)) f.add('rules', `A aplicação não permite arquivos com nomes iguais em um mesmo processo: ${doc.nomeComExtensao}.`);
    names.add(key);
    const pdf = lookup.pdfs[i];
    if (pdf === 'not-base64') f.add('format', `documentos[${i}].arquivo`);
    else if (pdf === 'not-pdf') f.add('rules', `Somente é permitido arquivo do tipo PDF: ${doc.nomeComExtensao}.`);
    else if (pdf) total += pdf.bytes.length;
  });
  if (total > MAX_TOTAL_BYTES) f.add('rules', 'A soma do tamanho dos arquivos não pode ultrapassar a 100MB.');
}

function checkSecurity(s: NonNullable<Destinatario['assinarOnline']>['seguranca'], at: string, f: Findings) {
  if (!s || blank(s.codigoSeguranca)) return; // Everything else is disregarded without a code.
  if (blank(s.idMeioEnvio)) return f.add('required', `${at}.idMeioEnvio`);
  if (s.idMeioEnvio === 3) {
    if (blank(s.codigoSegurancaEmail)) f.add('required', `${at}.codigoSegurancaEmail`);
    else if (!isEmail(s.codigoSegurancaEmail!)) f.add('format', `${at}.codigoSegurancaEmail`);
  }
  if (s.idMeioEnvio === 1 || s.idMeioEnvio === 2) {
    if (blank(s.codigoSegurancaTelefone)) f.add('required', `${at}.codigoSegurancaTelefone`);
    else if (!phoneE164(s.codigoSegurancaTelefone!, s.idMeioEnvio === 1)) f.add('format', `${at}.codigoSegurancaTelefone`);
  }
}

function checkElectronic(e: NonNullable<Destinatario['assinarOnline']>['assinaturaEletronica'], pj: boolean, at: string, f: Findings) {
  if (!e) return f.add('required', at);
  for (const k of ['obrigarSignatarioInformarNome', 'obrigarSignatarioInformarNumeroDocumento', 'tipoDocumentoAInformar'] as const) if (blank(e[k])) f.add('required', `${at}.${k}`);
  if (e.tipoDocumentoAInformar === 4) checkOther(e.configuracaoDocumentoOutro, `${at}.configuracaoDocumentoOutro`, f);
  if (!pj) return;
  for (const k of ['obrigarSignatarioInformarNomeEmpresa', 'obrigarSignatarioInformarNumeroDocumentoEmpresa', 'tipoDocumentoEmpresaAInformar'] as const) if (blank(e[k])) f.add('required', `${at}.${k}`);
  if (e.tipoDocumentoEmpresaAInformar === 4) checkOther(e.configuracaoDocumentoEmpresaOutro, `${at}.configuracaoDocumentoEmpresaOutro`, f);
}

function checkOther(c: { nomeDocumento?: string | null; formatoDadosDocumento?: number | null; qtdeCaracteresDocumento?: number | null } | null | undefined, at: string, f: Findings) {
  if (!c) return f.add('required', at);
  for (const k of ['nomeDocumento', 'formatoDadosDocumento', 'qtdeCaracteresDocumento'] as const) if (blank(c[k])) f.add('required', `${at}.${k}`);
}

function checkManualPositions(p: EnviarProcesso, d: Destinatario, i: number, pf: boolean, pj: boolean, lookup: ProcessLookup, f: Findings) {
  const at = `destinatarios[${i}].assinarOnline.definirPosicaoAssinaturaManual`;
  const entries = d.assinarOnline?.definirPosicaoAssinaturaManual ?? [];
  const single = p.documentos.length === 1;
  const docIndexByOrder = new Map(p.documentos.map((doc, idx) => [single ? 1 : (doc.ordemDocumento ?? -1), idx]));
  const covered = new Map<number, { pf: number; pj: number }>();
  entries.forEach((entry, j) => {
    const e = `${at}[${j}]`;
    let order = 1;
    if (!single) {
      if (!entry.documentoDeOrdem) return f.add('required', `${e}.documentoDeOrdem`);
      order = entry.documentoDeOrdem;
    }
    const docIdx = docIndexByOrder.get(order);
    if (docIdx === undefined) return f.add('rules', `Não existe documento com a ordem informada em documentoDeOrdem: ${order} (${e}).`);
    const seen = covered.get(order) ?? { pf: 0, pj: 0 };
    covered.set(order, seen);
    const pdf = lookup.pdfs[docIdx];
    const kinds = [...(pf ? (['pessoaFisica'] as const) : []), ...(pj ? (['pessoaJuridica'] as const) : [])];
    for (const kind of kinds) {
      const box = entry[kind];
      if (!box) {
        f.add('required', `${e}.${kind}`);
        continue;
      }
      seen[kind === 'pessoaFisica' ? 'pf' : 'pj'] += 1;
      const fields = ['pagina', 'altura', 'largura', 'posicaoX', 'posicaoY'] as const;
      // Pessoa jurídica: none of them may be zero either; pessoa física: only the page.
      const bad = fields.filter((k) => blank(box[k]) || ((kind === 'pessoaJuridica' || k === 'pagina') && box[k] === 0));
      for (const k of bad) f.add('required', `${e}.${kind}.${k}`);
      if (bad.length || typeof pdf !== 'object') continue;
      const name = p.documentos[docIdx].nomeComExtensao;
      const page = pdf.pagesMm[box.pagina! - 1];
      if (!page) {
        f.add('rules', `A página ${box.pagina} não existe no documento ${name}, que tem ${pdf.pageCount} ${pdf.pageCount === 1 ? 'página' : 'páginas'} (${e}.${kind}.pagina).`);
        continue;
      }
      const { altura, largura, posicaoX, posicaoY } = box as Required<typeof box>;
      if (altura! <= 0 || largura! <= 0 || posicaoX! < 0 || posicaoY! < 0 || posicaoX! + largura! > page.width + 0.01 || posicaoY! + altura! > page.height + 0.01) {
        f.add(
          'rules',
          `A posição da assinatura está fora dos limites da página ${box.pagina} do documento ${name} (${page.width.toFixed(1)} × ${page.height.toFixed(1)} mm): ${e}.${kind}.`,
        );
      }
    }
  });
  for (const [order, seen] of covered) {
    if (seen.pf > 1 || seen.pj > 1) f.add('rules', `A mesma representação manual (${seen.pf > 1 ? 'pessoa física' : 'pessoa jurídica'}) foi informada mais de uma vez para o documento de ordem ${order}: ${at}.`);
  }
  p.documentos.forEach((doc, idx) => {
    const order = single ? 1 : doc.ordemDocumento;
    if (order && !covered.has(order)) f.add('required', `${at}[documentoDeOrdem=${order}]`);
    void idx;
  });
}
