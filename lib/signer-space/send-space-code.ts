import 'server-only';
import { randomInt } from 'node:crypto';
import { and, desc, eq, gt, inArray, isNotNull, ne, or, sql } from 'drizzle-orm';
import { now } from '../clock';
import { getDb, type Tx } from '../db/client';
import { envelopeRecipients, envelopes, signerSpaceCodes } from '../db/schema';
import { AppError } from '../errors';
import { maskAddress } from '../notify/mask';
import { queueMessage } from '../notify/queue-message';
import { cpfIsValid, normalizeTaxId } from '../people/tax-id';
import { accessCodeMessage } from '../signing/access-code-message';
import { CODE_RESEND_INTERVAL_MS, CODE_TTL_MS, MAX_CODES_PER_DAY, TOO_MANY_CODES_MESSAGE, waitMessage } from '../signing/access-code-rules';
import { evidenceOf, type SignerRequest } from '../signing/signer-request';
import { cpfKey, spaceCodeHash } from './cpf-key';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
/** Codes one device (IP) may ask for in an hour, across CPFs: enough for a family, not for a sweep. */
export const MAX_SPACE_CODES_PER_IP_HOUR = 20;

/** The one answer to "send me a code", whether or not the CPF has documents here. */
export const SPACE_CODE_SENT_MESSAGE =
  'Se houver documentos para este CPF, enviamos um código de 6 números para o e-mail ou celular cadastrado pela empresa que enviou. Ele vale por 10 minutos.';

export type SpaceCodeRequest = { resendAvailableAt: Date; message: string };

export const invalidCpf = () => new AppError('INVALID_INPUT', { userMessage: 'CPF inválido. Confira os 11 números.', fields: { cpf: ['CPF inválido. Confira os 11 números.'] } });

export function parseCpf(raw: string): string {
  const digits = normalizeTaxId(String(raw ?? ''));
  if (!cpfIsValid(digits)) throw invalidCpf();
  return digits;
}

/**
 * Where the code goes: the contact of the newest envelope sent to this CPF — its e-mail, or its
 * phone by the channel that envelope reaches the signer through (WhatsApp / SMS).
 */
async function contactOnFile(tx: Tx, cpf: string) {
  const [r] = await tx
    .select({ recipient: envelopeRecipients, envelopeName: envelopes.name })
    .from(envelopeRecipients)
    .innerJoin(envelopes, eq(envelopes.id, envelopeRecipients.envelopeId))
    .where(
      and(
        eq(envelopeRecipients.cpf, cpf),
        ne(envelopes.status, 'draft'),
        or(isNotNull(envelopeRecipients.email), and(isNotNull(envelopeRecipients.phone), inArray(envelopeRecipients.deliveryChannel, ['whatsapp', 'sms']))),
      ),
    )
    .orderBy(desc(sql`coalesce(${envelopeRecipients.sentAt}, ${envelopeRecipients.createdAt})`))
    .limit(1);
  if (!r) return null;
  const { recipient } = r;
  const channel = recipient.email ? ('email' as const) : (recipient.deliveryChannel as 'whatsapp' | 'sms');
  const to = recipient.email ?? recipient.phone!;
  return { recipient, envelopeName: r.envelopeName, channel, to };
}

/**
 * Step 1 of the signer space: a one-time code for this CPF. The answer and the limits are the same
 * for a CPF with or without documents (no enumeration); only a CPF with documents gets a message.
 * Limits: one code a minute and ten a day per CPF, twenty an hour per IP.
 */
export async function sendSpaceCode(rawCpf: string, req: SignerRequest): Promise<SpaceCodeRequest> {
  const cpf = parseCpf(rawCpf);
  const key = cpfKey(cpf);
  const { ip } = evidenceOf(req);
  const at = now();
  const db = await getDb();
  return db.transaction(async (tx) => {
    // Serialises two clicks for one CPF, so the minute limit holds.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`space:${key}`}))`);
    if (ip) {
      const [{ n }] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(signerSpaceCodes)
        .where(and(eq(signerSpaceCodes.requesterIp, ip), gt(signerSpaceCodes.sentAt, new Date(at.getTime() - HOUR_MS))));
      if (n >= MAX_SPACE_CODES_PER_IP_HOUR) throw new AppError('RATE_LIMITED', { userMessage: 'Muitos pedidos de código deste aparelho. Tente novamente em uma hora.' });
    }
    const recent = await tx
      .select({ sentAt: signerSpaceCodes.sentAt })
      .from(signerSpaceCodes)
      .where(and(eq(signerSpaceCodes.cpfKey, key), gt(signerSpaceCodes.sentAt, new Date(at.getTime() - DAY_MS))))
      .orderBy(desc(signerSpaceCodes.sentAt));
    const wait = recent.length ? recent[0].sentAt.getTime() + CODE_RESEND_INTERVAL_MS - at.getTime() : 0;
    if (wait > 0) throw new AppError('RATE_LIMITED', { userMessage: waitMessage(Math.ceil(wait / 1000)) });
    if (recent.length >= MAX_CODES_PER_DAY) throw new AppError('RATE_LIMITED', { userMessage: TOO_MANY_CODES_MESSAGE });

    const contact = await contactOnFile(tx, cpf);
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    await tx.insert(signerSpaceCodes).values({
      cpfKey: key,
      codeHash: contact ? spaceCodeHash(key, code) : null,
      recipientId: contact?.recipient.id ?? null,
      channel: contact?.channel ?? null,
      destinationMasked: contact ? maskAddress(contact.channel, contact.to) : null,
      requesterIp: ip,
      expiresAt: new Date(at.getTime() + CODE_TTL_MS),
      sentAt: at,
    });
    if (contact) {
      await queueMessage(tx, {
        accountId: contact.recipient.accountId,
        envelopeId: contact.recipient.envelopeId,
        recipientId: contact.recipient.id,
        channel: contact.channel,
        to: contact.to,
        ...accessCodeMessage(contact.channel, code, 'ver seus documentos'),
        variables: { 'signatario.nome': contact.recipient.name, 'documento.nome': contact.envelopeName, codigo: code },
      });
    }
    return { resendAvailableAt: new Date(at.getTime() + CODE_RESEND_INTERVAL_MS), message: SPACE_CODE_SENT_MESSAGE };
  });
}
