'use client';

import { useTranslations } from 'next-intl';
import { ActionButton } from '@/components/console/action-button';
import { resealEnvelopeAction } from '../actions';

export function ResealButton({ envelopeId }: { envelopeId: string }) {
  const t = useTranslations('evidence');
  return <ActionButton run={() => resealEnvelopeAction({ envelopeId })} label={t('reseal')} pendingLabel={t('resealing')} doneLabel={t('resealed')} />;
}
