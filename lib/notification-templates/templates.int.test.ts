import { describe, expect, it } from 'vitest';
import { listActivity } from '../activity/list-activity';
import { AppError } from '../errors';
import { createIntegration } from '../integrations/create-integration';
import { createIntegrationInput } from '../integrations/schemas';
import { setupTestDb } from '../testing/db';
import { createAccount } from '../testing/factories';
import { createTemplate } from './create-template';
import { deleteTemplate } from './delete-template';
import { getTemplate } from './get-template';
import { listTemplates } from './list-templates';
import { createTemplateInput, updateTemplateInput } from './schemas';
import { updateTemplate } from './update-template';

setupTestDb();

const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e) => (e instanceof AppError ? e.code : String(e)),
  );

const EMAIL = {
  channel: 'email',
  name: 'Convite para assinar',
  subject: 'Assine {{documento.nome}}',
  body: 'Olá {{signatario.nome}}, assine até {{prazo}}: {{link}}',
};

describe('[TEMPLATES] notification templates', () => {
  it('an admin creates, edits and deletes templates; each change is logged', async () => {
    const { actors } = await createAccount();
    const { templateId } = await createTemplate(actors.admin, createTemplateInput.parse(EMAIL));
    const { templateId: zap } = await createTemplate(
      actors.admin,
      createTemplateInput.parse({ channel: 'whatsapp', name: 'WhatsApp', body: '{{link}}', externalName: 'assinatura_link', subject: 'ignorado' }),
    );
    expect((await getTemplate(actors.viewer, zap)).subject).toBeNull();
    expect((await listTemplates(actors.viewer, { channel: 'email' })).map((t) => t.id)).toEqual([templateId]);

    await updateTemplate(actors.admin, updateTemplateInput.parse({ ...EMAIL, templateId, body: 'Novo texto {{link}}' }));
    expect((await getTemplate(actors.admin, templateId)).body).toBe('Novo texto {{link}}');

    await deleteTemplate(actors.admin, { templateId });
    expect(await code(getTemplate(actors.admin, templateId))).toBe('NOT_FOUND');
    const log = await listActivity(actors.admin, { page: 1, entityType: 'notification_template' });
    expect(log.rows.map((r) => r.action).sort()).toEqual([
      'notification_template.created',
      'notification_template.created',
      'notification_template.deleted',
      'notification_template.updated',
    ]);
  });

  it('the channel does not change after creation', async () => {
    const { actors } = await createAccount();
    const { templateId } = await createTemplate(actors.admin, createTemplateInput.parse(EMAIL));
    expect(await code(updateTemplate(actors.admin, updateTemplateInput.parse({ ...EMAIL, templateId, channel: 'whatsapp' })))).toBe(
      'INVALID_STATE',
    );
  });

  it('refuses deleting a template an integration sends, naming the integration', async () => {
    const { actors } = await createAccount();
    const { templateId } = await createTemplate(actors.admin, createTemplateInput.parse(EMAIL));
    await createIntegration(
      actors.admin,
      createIntegrationInput.parse({
        provider: 'rubrica',
        description: 'Assinatura própria',
        environment: 'production',
        sendMethod: 'contract',
        requireIdDocument: false,
        requireSelfie: false,
        requireHandwritten: false,
        witnessEmailTemplateId: templateId,
      }),
    );
    const err = await deleteTemplate(actors.admin, { templateId }).catch((e) => e);
    expect(err.code).toBe('CONFLICT');
    expect(err.userMessage).toContain('em uso pelas integrações: Assinatura própria');
  });

  it('only admins change templates; other accounts cannot see them', async () => {
    const a = await createAccount();
    const b = await createAccount();
    const { templateId } = await createTemplate(b.actors.owner, createTemplateInput.parse(EMAIL));
    for (const role of ['viewer', 'operator'] as const) {
      expect(await code(createTemplate(b.actors[role], createTemplateInput.parse(EMAIL)))).toBe('FORBIDDEN');
      expect(await code(updateTemplate(b.actors[role], updateTemplateInput.parse({ ...EMAIL, templateId })))).toBe('FORBIDDEN');
      expect(await code(deleteTemplate(b.actors[role], { templateId }))).toBe('FORBIDDEN');
    }
    expect(await code(getTemplate(a.actors.admin, templateId))).toBe('NOT_FOUND');
    expect(await code(updateTemplate(a.actors.admin, updateTemplateInput.parse({ ...EMAIL, templateId })))).toBe('NOT_FOUND');
    expect(await code(deleteTemplate(a.actors.admin, { templateId }))).toBe('NOT_FOUND');
    expect(await listTemplates(a.actors.admin)).toEqual([]);
  });
});
