import 'server-only';
import { env } from '../env';
import type { Executor } from '../db/client';
import type { ChannelAdapter, MessageChannel } from './channel';
import { loadChannelConfig } from './channel-config';
import { createSmtpAdapter } from './email-adapter';
import { mailFrom } from './mail-config';
import { createOutboxAdapter } from './outbox-adapter';

// On globalThis: Next.js may load this module in more than one bundle of the same process.
type Holder = { __rubricaChannelAdapters?: Partial<Record<MessageChannel, ChannelAdapter>> };
const holder = globalThis as Holder;
const adapters = (holder.__rubricaChannelAdapters ??= {});

/** The installation's own adapter for a channel (SMTP_URL or the outbox for e-mail), ignoring overrides. */
export function defaultAdapter(channel: MessageChannel): ChannelAdapter | undefined {
  if (channel === 'email') {
    const { SMTP_URL } = env();
    return SMTP_URL ? createSmtpAdapter({ url: SMTP_URL, from: mailFrom() }) : createOutboxAdapter({ from: mailFrom() });
  }
  // WhatsApp and SMS are configured per integration: see adapterForMessage.
  return undefined;
}

/** The adapter that sends this channel's messages in this process, or undefined when none exists yet. */
export function getChannelAdapter(channel: MessageChannel): ChannelAdapter | undefined {
  return (adapters[channel] ??= defaultAdapter(channel));
}

/** Tests point a channel at their own server; undefined goes back to the configured default. */
export function setChannelAdapter(channel: MessageChannel, adapter: ChannelAdapter | undefined) {
  if (adapter) adapters[channel] = adapter;
  else delete adapters[channel];
}

/**
 * The adapter for one message: e-mail is the installation's (SMTP or outbox); WhatsApp and SMS
 * come from the integration of the message's envelope. A test may point a channel at its own adapter.
 */
export async function adapterForMessage(db: Executor, channel: MessageChannel, envelopeId: string | null): Promise<ChannelAdapter | undefined> {
  const fixed = getChannelAdapter(channel);
  if (fixed) return fixed;
  return (await loadChannelConfig(db, envelopeId, channel))?.adapter;
}
