const channelNames: Record<string, string> = { email: 'e-mail', sms: 'SMS', whatsapp: 'WhatsApp', access_code: 'código do remetente', none: 'link' };
const channelName = (c: unknown) => (typeof c === 'string' ? (channelNames[c] ?? c) : 'canal desconhecido');
const str = (v: unknown) => (typeof v === 'string' && v ? v : null);

/** One line of pt-BR for an event of the trail, as the certificate and the console show it. */
export function describeEvent(type: string, payload: Record<string, unknown> = {}): string {
  const to = str(payload.destination);
  switch (type) {
    case 'envelope.created':
      return 'Envelope criado';
    case 'envelope.sent':
      return 'Envelope enviado para assinatura';
    case 'envelope.completed':
      return 'Todas as assinaturas concluídas';
    case 'envelope.sealed':
      return 'Documentos selados com assinatura digital da plataforma';
    case 'envelope.declined':
      return 'Envelope encerrado por recusa';
    case 'envelope.cancelled':
      return `Envelope cancelado${str(payload.reason) ? `: ${str(payload.reason)}` : ''}`;
    case 'envelope.expired':
      return 'Envelope expirado';
    case 'envelope.reseal_requested':
      return 'Selagem reprocessada a pedido da equipe';
    case 'recipient.invited':
      return `Convite enviado por ${channelName(payload.channel)}${to ? ` para ${to}` : ''}`;
    case 'recipient.invite_pending':
      return `Convite aguardando canal (${channelName(payload.channel)})`;
    case 'recipient.viewed':
      return 'Abriu o link e visualizou o documento';
    case 'document.viewed_to_end':
      return `Leu o documento até a última página${typeof payload.pages === 'number' ? ` (${payload.pages} págs.)` : ''}`;
    case 'document.downloaded': {
      const docs = Array.isArray(payload.documents) ? (payload.documents as { name?: unknown; version?: unknown }[]) : [];
      const via = { signer_link: 'pelo link de assinatura', signer_space: 'pelo Espaço do Signatário', console: 'pelo console', api: 'pela API' }[String(payload.via)] ?? '';
      const what = docs.map((d) => `${str(d.name) ?? 'documento'} (${d.version === 'sealed' ? 'assinado' : 'original'})`).join(', ');
      return `Baixou ${what || 'o documento'}${via ? ` ${via}` : ''}`;
    }
    case 'code.sent':
      return `Código de verificação enviado por ${channelName(payload.channel)}${to ? ` para ${to}` : ''}`;
    case 'code.verified':
      return `Código de verificação confirmado (${channelName(payload.channel)})${payload.via === 'signer_space' ? ' no Espaço do Signatário' : ''}`;
    case 'code.failed':
      return `Código de verificação incorreto${typeof payload.attempt === 'number' ? ` (tentativa ${payload.attempt})` : ''}`;
    case 'link.rejected':
      return 'Tentativa de acesso com link inválido';
    case 'recipient.signed':
      return payload.action === 'approve' ? 'Aprovou o documento' : payload.action === 'handwritten' ? 'Assinou com assinatura desenhada' : 'Assinou o documento';
    case 'recipient.declined':
      return `Recusou assinar${str(payload.reason) ? `: ${str(payload.reason)}` : ''}`;
    case 'contract.activated':
      return 'Contrato ativado';
    case 'contract.stage_advanced':
      return 'Contrato avançou de situação';
    case 'service_order.closed':
      return 'Ordem de serviço encerrada';
    default:
      if (type.includes('selfie')) return 'Selfie registrada';
      if (type.includes('face')) return 'Biometria facial verificada';
      if (type.includes('id_document') || type.includes('identity')) return 'Documento de identidade registrado';
      if (type.includes('consent')) return 'Consentimento registrado';
      return type;
  }
}
