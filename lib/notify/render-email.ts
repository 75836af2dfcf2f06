import { renderTemplate, type TemplateVariable } from '../notification-templates/variables';

export type MessageVariables = Partial<Record<TemplateVariable, string>>;

export type RenderedEmail = { subject: string; text: string; html: string };

export type RenderEmailInput = {
  /** Template texts with {{variables}} (lib/notification-templates). */
  subject: string;
  body: string;
  variables: MessageVariables;
  /** The button's label; the link is variables.link. */
  buttonLabel?: string;
};

const FONT = "Arial, Helvetica, sans-serif";
const BLUE = '#1d4ed8';

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Only web links become buttons or anchors: a javascript: or data: "link" stays inert text. */
function webLink(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? value : null;
  } catch {
    return null;
  }
}

/**
 * An e-mail from an editable template: the subject on one line, a plain-text body, and a simple
 * table-based HTML body (what mail clients render reliably) in pt-BR, with the link as a button
 * and also as a plain URL for clients that hide buttons. Every variable value is HTML-escaped:
 * names and document titles come from people.
 */
export function renderEmail(input: RenderEmailInput): RenderedEmail {
  const values = input.variables;
  const link = webLink(values.link);
  const company = values['empresa.nome']?.trim() || 'Rubrica';
  const subject = renderTemplate(input.subject, values).replace(/\s+/g, ' ').trim();

  const bodyText = renderTemplate(input.body, values).trim();
  const textParts = [bodyText];
  if (link && !bodyText.includes(link)) textParts.push(`Acesse: ${link}`);
  textParts.push(`—\nMensagem automática enviada por ${company} pelo Rubrica. Não responda a este e-mail.`);
  const text = textParts.join('\n\n');

  const htmlValues: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    htmlValues[name] =
      name === 'link' && link
        ? `<a href="${escapeHtml(link)}" target="_blank" style="color:${BLUE};word-break:break-all;">${escapeHtml(link)}</a>`
        : escapeHtml(value);
  }
  // The template's own text is escaped too; its {{placeholders}} survive escaping untouched.
  const bodyHtml = renderTemplate(escapeHtml(input.body.trim()), htmlValues as MessageVariables)
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p style="margin:0 0 16px 0;">${p.replace(/\n/g, '<br>')}</p>`)
    .join('\n');

  const button = link
    ? `
<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 24px 0;">
  <tr>
    <td align="center" bgcolor="${BLUE}" style="border-radius:6px;">
      <a href="${escapeHtml(link)}" target="_blank" style="display:inline-block;padding:12px 28px;font-family:${FONT};font-size:16px;font-weight:bold;line-height:20px;color:#ffffff;text-decoration:none;border-radius:6px;">${escapeHtml(input.buttonLabel ?? 'Abrir o documento')}</a>
    </td>
  </tr>
</table>
<p style="margin:0;font-size:13px;line-height:1.5;color:#475569;">Se o botão não funcionar, copie e cole este endereço no navegador:<br>
<a href="${escapeHtml(link)}" target="_blank" style="color:${BLUE};word-break:break-all;">${escapeHtml(link)}</a></p>`
    : '';

  const html = `<!DOCTYPE html>
<html lang="pt-BR">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(subject)}</title>
</head>
<body style="margin:0;padding:0;background-color:#f1f5f9;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f1f5f9;">
  <tr>
    <td align="center" style="padding:24px 12px;">
      <table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;background-color:#ffffff;border:1px solid #e2e8f0;border-radius:8px;">
        <tr>
          <td style="padding:20px 32px;border-bottom:1px solid #e2e8f0;font-family:${FONT};font-size:17px;font-weight:bold;color:#0f172a;">${escapeHtml(company)}</td>
        </tr>
        <tr>
          <td style="padding:28px 32px;font-family:${FONT};font-size:15px;line-height:1.6;color:#1e293b;">
${bodyHtml}${button}
          </td>
        </tr>
        <tr>
          <td style="padding:16px 32px;border-top:1px solid #e2e8f0;font-family:${FONT};font-size:12px;line-height:1.5;color:#64748b;">Mensagem automática enviada por ${escapeHtml(company)} pelo Rubrica. Não responda a este e-mail.</td>
        </tr>
      </table>
    </td>
  </tr>
</table>
</body>
</html>
`;
  return { subject, text, html };
}
