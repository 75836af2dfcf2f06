/**
 * The texts of a one-time code message. The code goes in the body only: the body is sealed at rest,
 * the subject is listed in clear. `purpose` is what the code opens, in the subject and SMS.
 */
export function accessCodeMessage(channel: 'email' | 'sms' | 'whatsapp', code: string, purpose: string): { subject: string; body: string } {
  return {
    subject: `Seu código de acesso para ${purpose}`,
    body:
      channel === 'email'
        ? `Olá, {{signatario.nome}}.\n\nSeu código de acesso é ${code}.\n\n` +
          'Ele vale por 10 minutos e só pode ser usado uma vez. Não compartilhe este código com ninguém.\n\n' +
          'Se você não pediu este código, ignore esta mensagem.'
        : // WhatsApp: the approved authentication template takes the code as its one parameter.
          channel === 'whatsapp'
          ? '{{codigo}}'
          : `Seu código de acesso para ${purpose} é ${code}. Vale por 10 minutos. Não compartilhe.`,
  };
}
