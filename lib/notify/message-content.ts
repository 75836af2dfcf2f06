import 'server-only';
import { openSecret, sealSecret } from '../crypto/secret-box';
import type { MessageVariables } from './render-email';

/** What a queued message says, before rendering: kept sealed on the row (it carries signer links). */
export type MessageContent = {
  subject: string | null;
  body: string;
  variables: MessageVariables;
  buttonLabel?: string;
  /** WhatsApp: the approved template's name at the provider (notification template's externalName). */
  whatsappTemplate?: string | null;
};

const purpose = (messageId: string) => `message-content:${messageId}`;

export function sealMessageContent(messageId: string, content: MessageContent): string {
  return sealSecret(JSON.stringify(content), purpose(messageId));
}

export function openMessageContent(messageId: string, sealed: string): MessageContent {
  return JSON.parse(openSecret(sealed, purpose(messageId))) as MessageContent;
}
