import { getRequestConfig } from 'next-intl/server';

/** pt-BR first; the catalogue is shaped so English can follow as messages/en.json. */
export const defaultLocale = 'pt-BR';

export default getRequestConfig(async () => ({
  locale: defaultLocale,
  timeZone: 'America/Sao_Paulo',
  messages: (await import('../../messages/pt-BR')).default,
}));
