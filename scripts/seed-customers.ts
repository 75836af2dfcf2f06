// `npm run seed:customers -- --account <slug> --count 100000 [--create-account]`: inserts N
// customers with valid generated CPFs/CNPJs into one account, in batches, each batch in its own
// transaction. For load tests and demos; never against production data.
//
// Runs against DATABASE_URL (PostgreSQL) or, without it, the embedded PGlite under RUBRICA_DATA_DIR,
// which only works while the server is stopped (PGlite is single-process; the data-dir lock refuses).
import { generateCnpj, generateCpf } from '@brazilian-utils/brazilian-utils';
import { eq } from 'drizzle-orm';
import { parseArgs } from 'node:util';
import { closeDb, getDbHandle } from '../lib/db/client';
import { accounts, customers } from '../lib/db/schema';
import { normalizeMobile } from '../lib/people/phone';
import { buildCustomerSearchText } from '../lib/people/search-text';

const BATCH = 1000;

const firstNames = [
  'Maria', 'José', 'Ana', 'João', 'Antônio', 'Francisca', 'Carlos', 'Paulo', 'Adriana', 'Lucas', 'Juliana',
  'Márcia', 'Fernanda', 'Pedro', 'Patrícia', 'Aline', 'Rafael', 'Sandra', 'Luís', 'Camila', 'Gabriel',
  'Letícia', 'Marcos', 'Amanda', 'Bruno', 'Conceição', 'Eduardo', 'Jéssica', 'Felipe', 'Vitória', 'Raimundo',
  'Sebastião', 'Luciana', 'Thiago', 'Beatriz', 'Renata', 'Gustavo', 'Mariana', 'Rodrigo', 'Cláudia',
];
// Weighted like Brazil: Silva and Santos far ahead of the rest.
const surnames = [
  ...Array(8).fill('Silva'), ...Array(5).fill('Santos'), ...Array(3).fill('Oliveira'), ...Array(3).fill('Souza'),
  'Rodrigues', 'Ferreira', 'Alves', 'Pereira', 'Lima', 'Gomes', 'Costa', 'Ribeiro', 'Martins', 'Carvalho',
  'Araújo', 'Melo', 'Barbosa', 'Rocha', 'Dias', 'Nascimento', 'Andrade', 'Moreira', 'Nunes', 'Marques',
  'Machado', 'Mendes', 'Freitas', 'Cardoso', 'Ramos', 'Gonçalves', 'Conceição', 'Brandão', 'Assunção', 'Magalhães',
];
const sectors = ['Serviços', 'Comércio', 'Engenharia', 'Tecnologia', 'Transportes', 'Alimentos', 'Construções', 'Consultoria', 'Manutenção', 'Saúde'];
const suffixes = ['Ltda', 'Ltda', 'S.A.', 'ME', 'EIRELI'];
const domains = ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.br', 'uol.com.br', 'bol.com.br'];
const ddds = [11, 12, 13, 15, 19, 21, 24, 27, 31, 34, 41, 43, 47, 48, 51, 54, 61, 62, 65, 67, 71, 73, 79, 81, 83, 85, 86, 91, 92, 98];
const states = ['SP', 'RJ', 'MG', 'PR', 'RS', 'SC', 'BA', 'PE', 'CE', 'GO', 'DF', 'ES', 'PA', 'AM'];
const cities = ['São Paulo', 'Rio de Janeiro', 'Belo Horizonte', 'Curitiba', 'Porto Alegre', 'Florianópolis', 'Salvador', 'Recife', 'Fortaleza', 'Goiânia', 'Brasília', 'Vitória', 'Belém', 'Manaus'];
const streets = ['Rua das Flores', 'Avenida Brasil', 'Rua XV de Novembro', 'Avenida Paulista', 'Rua da Conceição', 'Travessa São João', 'Rua Sete de Setembro'];

const pick = <T,>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)];
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('');
const ascii = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '.');

function mobile(): string | null {
  for (let i = 0; i < 5; i++) {
    const e164 = normalizeMobile(`+55${pick(ddds)}9${6 + Math.floor(Math.random() * 4)}${digits(7)}`);
    if (e164) return e164;
  }
  return null;
}

function fakeCustomer(accountId: string, taxId: string, kind: 'person' | 'company') {
  const name =
    kind === 'person'
      ? `${pick(firstNames)} ${pick(surnames)}${Math.random() < 0.5 ? ` ${pick(surnames)}` : ''}`
      : `${pick(surnames)} ${pick(sectors)} ${pick(suffixes)}`;
  const local = `${ascii(name).replace(/\.(ltda|s\.a|me|eireli)\.?$/, '')}${Math.floor(Math.random() * 1000)}`;
  const emails = kind === 'person' ? [`${local}@${pick(domains)}`] : [`financeiro@${local.replace(/\./g, '')}.com.br`, `contato@${local.replace(/\./g, '')}.com.br`];
  const cityIndex = Math.floor(Math.random() * cities.length);
  return {
    accountId,
    kind,
    name,
    taxId,
    emails,
    phone: Math.random() < 0.9 ? mobile() : null,
    addressPostalCode: digits(8),
    addressStreet: pick(streets),
    addressNumber: String(1 + Math.floor(Math.random() * 3000)),
    addressDistrict: 'Centro',
    addressCity: cities[cityIndex],
    addressState: states[cityIndex],
    searchText: buildCustomerSearchText({ name, taxId, emails }),
  };
}

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

const { values } = parseArgs({
  options: {
    account: { type: 'string' },
    count: { type: 'string', default: '1000' },
    'create-account': { type: 'boolean', default: false },
  },
});
const slug = values.account ?? fail('Informe a conta com --account <slug> (o identificador da conta).');
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1 || count > 1_000_000) fail('--count deve ser um número inteiro entre 1 e 1.000.000.');

let handle: Awaited<ReturnType<typeof getDbHandle>>;
try {
  handle = await getDbHandle();
} catch (err) {
  const reason = err instanceof Error ? err.message : String(err);
  fail(
    process.env.DATABASE_URL
      ? `Não foi possível conectar ao PostgreSQL de DATABASE_URL: ${reason}`
      : `Não foi possível abrir o banco embutido (PGlite). ${reason}\n` +
          '  O banco embutido aceita um único processo: pare o servidor antes de rodar este script, ' +
          'ou rode-o contra um PostgreSQL definindo DATABASE_URL.',
  );
}

const { db } = handle;
try {
  let [account] = await db.select({ id: accounts.id, name: accounts.name }).from(accounts).where(eq(accounts.slug, slug));
  if (!account && values['create-account']) {
    [account] = await db.insert(accounts).values({ name: `Conta ${slug}`, slug }).returning({ id: accounts.id, name: accounts.name });
    console.log(`Conta "${slug}" criada.`);
  }
  if (!account) fail(`Conta "${slug}" não encontrada. Use o slug de uma conta existente ou acrescente --create-account.`);

  console.log(`Inserindo ${count.toLocaleString('pt-BR')} clientes em ${account.name} (${handle.driver})…`);
  const started = Date.now();
  const seen = new Set<string>();
  let inserted = 0;
  let attempts = 0;
  while (inserted < count) {
    if (++attempts > count / BATCH + 100) fail('Muitas colisões de CPF/CNPJ com clientes que já existem; desisto.');
    const rows: ReturnType<typeof fakeCustomer>[] = [];
    while (rows.length < Math.min(BATCH, count - inserted)) {
      const roll = Math.random();
      const kind = roll < 0.7 ? 'person' : 'company';
      const taxId = kind === 'person' ? generateCpf() : generateCnpj(roll > 0.97 ? 2 : 1);
      if (seen.has(taxId)) continue; // random ids collide now and then at this volume
      seen.add(taxId);
      rows.push(fakeCustomer(account.id, taxId, kind));
    }
    const done = await db.transaction(async (tx) =>
      tx.insert(customers).values(rows).onConflictDoNothing().returning({ id: customers.id }),
    );
    inserted += done.length;
    if (inserted % 10_000 < BATCH || inserted === count) {
      process.stdout.write(`  ${inserted.toLocaleString('pt-BR')} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    }
  }
  console.log(`Pronto: ${inserted.toLocaleString('pt-BR')} clientes em ${((Date.now() - started) / 1000).toFixed(1)} s.`);
} finally {
  await closeDb();
}
