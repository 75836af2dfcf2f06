import { describe, expect, it } from 'vitest';
import { createTemplateInput } from './schemas';
import { renderTemplate, unknownVariables, usedVariables, variableProblem } from './variables';

describe('[TEMPLATES] {{variables}} in notification templates', () => {
  it('finds the variables used, tolerating spaces inside the braces', () => {
    expect(usedVariables('Olá {{signatario.nome}}, assine {{ documento.nome }} em {{link}} até {{prazo}}. {{link}}')).toEqual([
      'signatario.nome',
      'documento.nome',
      'link',
      'prazo',
    ]);
  });

  it('names every unknown variable', () => {
    expect(unknownVariables('{{cliente.cpf}} {{link}} {{senha}}')).toEqual(['cliente.cpf', 'senha']);
    expect(variableProblem('Oi {{nome}}')).toBe('Variável desconhecida: {{nome}}. Use apenas as variáveis da lista.');
    expect(variableProblem('{{a}} {{b}}')).toContain('Variáveis desconhecidas: {{a}}, {{b}}');
  });

  it('refuses unbalanced braces', () => {
    expect(variableProblem('Acesse {{link')).toContain('chaves sem par');
    expect(variableProblem('prazo}} ok')).toContain('chaves sem par');
    expect(variableProblem('Tudo certo: {{link}}')).toBeNull();
  });

  it('renders with values, missing ones as empty text', () => {
    expect(renderTemplate('Olá {{ signatario.nome }}: {{link}}{{prazo}}', { 'signatario.nome': 'Ana', link: 'https://x/s/1' })).toBe(
      'Olá Ana: https://x/s/1',
    );
  });

  it('the template form refuses unknown variables on the field that has them', () => {
    const r = createTemplateInput.safeParse({ channel: 'email', name: 'Convite', subject: 'Assine {{documento}}', body: 'Oi {{signatario.nome}}' });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['subject', 'Variável desconhecida: {{documento}}. Use apenas as variáveis da lista.'],
    ]);
  });

  it('e-mail needs a subject; WhatsApp names follow the approved-template format', () => {
    expect(createTemplateInput.safeParse({ channel: 'email', name: 'Convite', body: 'x' }).error?.issues[0].message).toBe('Informe o assunto do e-mail.');
    expect(createTemplateInput.safeParse({ channel: 'whatsapp', name: 'Zap', body: 'x', externalName: 'Assinatura Link' }).success).toBe(false);
    expect(createTemplateInput.parse({ channel: 'whatsapp', name: 'Zap', body: '{{link}}', externalName: 'assinatura_link' }).subject).toBeNull();
  });
});
