import Link from 'next/link';
import { Alert } from '@/components/ui/card';
import { isMailConfigured } from '@/lib/notify/mail-config';

/**
 * Says plainly that e-mail is not going out while SMTP_URL is unset. Renders nothing once it is
 * set, so any console page can include it unconditionally.
 */
export function MailNotConfigured({ linkToOutbox = true }: { linkToOutbox?: boolean }) {
  if (isMailConfigured()) return null;
  const outbox = linkToOutbox ? (
    <Link href="/console/outbox" className="font-medium underline">
      Caixa de saída
    </Link>
  ) : (
    'Caixa de saída'
  );
  return (
    <div data-testid="mail-not-configured">
      <Alert tone="warning">
        O envio de e-mails não está configurado (SMTP_URL): as mensagens ficam na {outbox}.
      </Alert>
    </div>
  );
}
