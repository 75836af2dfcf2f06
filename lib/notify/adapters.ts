import 'server-only';
import { env } from '../env';
import type { ChannelAdapter, MessageChannel } from './channel';
import { createSmtpAdapter } from './email-adapter';
import { mailFrom } from './mail-config';
import { createOutboxAdapter } from './outbox-adapter';

// On globalThis: Next.js may load this module in more than one bundle of the same process.
type Holder = { __rubricaChannelAdapters?: Partial<Record<MessageChannel, ChannelAdapter>> };
const holder = globalThis as Holder;
const adapters = (holder.__rubricaChannelAdapters ??= {});

function defaultAdapter(channel: MessageChannel): ChannelAdapter | undefined {
  if (channel === 'email') {
    const { SMTP_URL } = env();
    return SMTP_URL ? createSmtpAdapter({ url: SMTP_URL, from: mailFrom() }) : createOutboxAdapter({ from: mailFrom() });
  }
  // WhatsApp and SMS adapters arrive with their providers.
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
