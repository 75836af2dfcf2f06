'use client';

import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/console/action-button';
import { resendEnvelopeMessageAction } from '../actions';

/** "Reenviar" one message of the envelope: a new row, same content and destination. */
export function MessageResendButton({ envelopeId, messageId }: { envelopeId: string; messageId: string }) {
  const t = useTranslations('delivery.messages');
  return <ActionButton run={() => resendEnvelopeMessageAction({ envelopeId, messageId })} label={t('resend')} pendingLabel={t('resending')} size="sm" />;
}
