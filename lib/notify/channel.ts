/**
 * The one shape every delivery channel has (lib/notify). The send job renders a message, hands it
 * to the channel's adapter and records what came back; adapters know nothing about the database
 * row beyond the ids they are given, so WhatsApp and SMS slot in as one more adapter each.
 */
export const messageChannels = ['email', 'whatsapp', 'sms'] as const;
export type MessageChannel = (typeof messageChannels)[number];

export const channelLabels: Record<MessageChannel, string> = { email: 'E-mail', whatsapp: 'WhatsApp', sms: 'SMS' };

export type OutgoingAttachment = { filename: string; content: Buffer; contentType: string };

export type OutgoingMessage = {
  /** The messages row it comes from: a stable Message-ID for SMTP, the key of the outbox entry. */
  messageId: string;
  accountId: string;
  /** E-mail address, or E.164 phone number for WhatsApp / SMS. */
  to: string;
  subject?: string;
  text: string;
  html?: string;
  attachments?: OutgoingAttachment[];
  /**
   * WhatsApp: the provider's approved template, its body parameters in the order the Rubrica
   * template uses its {{variables}}, and the signer link's last segment for a URL button.
   */
  template?: { name: string | null; parameters: string[]; buttonParameter?: string };
};

export type ChannelAdapter = {
  channel: MessageChannel;
  /** Recorded on the message: "smtp", "outbox", later the WhatsApp / SMS provider. */
  transport: string;
  /** Resolves once the provider accepted the message; throws when it did not. */
  send(message: OutgoingMessage): Promise<{ providerId: string | null }>;
};

/**
 * A refusal that retrying cannot fix: a recipient the provider rejects (bounced), a message it
 * will never take. Anything else an adapter throws counts as transient and the job retries it.
 */
export class DeliveryRejectedError extends Error {
  readonly bounced: boolean;

  constructor(message: string, opts: { bounced?: boolean; cause?: unknown } = {}) {
    super(message, { cause: opts.cause });
    this.name = 'DeliveryRejectedError';
    this.bounced = opts.bounced ?? false;
  }
}
