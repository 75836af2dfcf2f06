import { describe, expect, it } from 'vitest';
import { renderEmail } from './render-email';

const LINK = 'https://assinar.exemplo.com.br/s/AbC123_-xyz';
const base = {
  subject: 'Assinatura pendente: {{documento.nome}} — {{signatario.nome}}',
  body: 'Olá, {{signatario.nome}}!\n\n{{empresa.nome}} enviou "{{documento.nome}}" para você assinar até {{prazo}}.\nAcesse: {{link}}',
  variables: {
    'signatario.nome': 'José da Conceição',
    'empresa.nome': 'Serviços Ação & Cia',
    'documento.nome': 'contrato nº 123',
    prazo: '30/11/2026',
    link: LINK,
  },
};

describe('[NOTIFY] e-mail rendering', () => {
  it('fills the subject on one line, keeping accents', () => {
    const { subject } = renderEmail({ ...base, subject: 'Assinatura pendente:\n {{documento.nome}} — {{signatario.nome}}' });
    expect(subject).toBe('Assinatura pendente: contrato nº 123 — José da Conceição');
  });

  it('writes a text body with the plain URL and accents as they are', () => {
    const { text } = renderEmail(base);
    expect(text).toContain('Olá, José da Conceição!');
    expect(text).toContain(`Acesse: ${LINK}`);
    expect(text).toContain('Serviços Ação & Cia enviou "contrato nº 123"');
    expect(text).not.toContain('<');
  });

  it('adds the URL to the text body when the template does not use {{link}}', () => {
    const { text, html } = renderEmail({ ...base, body: 'Olá, {{signatario.nome}}.' });
    expect(text).toContain(`Acesse: ${LINK}`);
    expect(html).toContain(`href="${LINK}"`);
  });

  it('shows the link as a button and as a plain URL in the HTML body', () => {
    const { html } = renderEmail({ ...base, buttonLabel: 'Assinar o documento' });
    expect(html).toMatch(new RegExp(`<a href="${LINK}"[^>]*>Assinar o documento</a>`));
    expect(html).toContain('Se o botão não funcionar, copie e cole este endereço no navegador:');
    expect(html).toContain(`>${LINK}</a>`);
    expect(html).toContain('<html lang="pt-BR">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('José da Conceição');
  });

  it('escapes every variable value in the HTML body, subject included', () => {
    const { html, text, subject } = renderEmail({
      ...base,
      variables: {
        ...base.variables,
        'signatario.nome': '<script>alert("x")</script>',
        'documento.nome': `<img src=x onerror='y'>`,
      },
    });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&#39;y&#39;&gt;');
    expect(html).toContain('Serviços Ação &amp; Cia');
    // The text body is not HTML: it keeps the characters as typed.
    expect(text).toContain('<script>alert("x")</script>');
    expect(subject).toContain('<script>');
  });

  it('escapes markup typed into the template itself', () => {
    const { html } = renderEmail({ ...base, body: '<b>Importante</b> {{link}}' });
    expect(html).toContain('&lt;b&gt;Importante&lt;/b&gt;');
  });

  it('turns blank lines into paragraphs and single line breaks into <br>', () => {
    const { html } = renderEmail({ ...base, body: 'Linha 1\nLinha 2\n\nParágrafo 2' });
    expect(html).toContain('>Linha 1<br>Linha 2</p>');
    expect(html).toContain('>Parágrafo 2</p>');
  });

  it('never makes a button out of a link that is not a web address', () => {
    const { html } = renderEmail({ ...base, variables: { ...base.variables, link: 'javascript:alert(1)' } });
    expect(html).not.toContain('href="javascript:');
    expect(html).not.toContain('Abrir o documento');
    expect(html).toContain('javascript:alert(1)');
  });
});
