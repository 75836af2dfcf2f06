/*
 * A realistic service contract in the template format (Markdown + {{variables}}): parties, numbered
 * clauses with sub-items, a price table and a signature block. `clauses` sets its length; 18 gives
 * ten A4 pages.
 */

const ORDINAL = ['Primeira', 'Segunda', 'Terceira', 'Quarta', 'Quinta', 'Sexta', 'Sétima', 'Oitava', 'Nona', 'Décima'];

function ordinal(n: number): string {
  if (n <= 10) return ORDINAL[n - 1];
  const tens = ['', 'Décima', 'Vigésima', 'Trigésima'][Math.floor(n / 10)];
  const unit = n % 10 ? ` ${ORDINAL[(n % 10) - 1].toLowerCase()}` : '';
  return `${tens}${unit}`;
}

const TOPICS = [
  'Do objeto',
  'Do prazo de vigência',
  'Do preço e das condições de pagamento',
  'Das obrigações da CONTRATADA',
  'Das obrigações do CONTRATANTE',
  'Do reajuste',
  'Da inadimplência',
  'Da proteção de dados pessoais (LGPD)',
  'Da confidencialidade',
  'Da rescisão',
  'Da responsabilidade',
  'Das disposições gerais',
];

function clause(n: number): string {
  const topic = TOPICS[(n - 1) % TOPICS.length];
  const parts = [
    `## Cláusula ${ordinal(n)} – ${topic}`,
    `**${n}.1.** A CONTRATADA, {{filial.nome}}, prestará ao CONTRATANTE, {{cliente.nome}}, os serviços descritos ` +
      'neste instrumento com zelo, diligência e observância das normas técnicas aplicáveis, ' +
      'responsabilizando-se pela qualificação dos profissionais alocados e pela execução das ' +
      'atividades nos prazos e padrões de qualidade ajustados entre as partes.',
    `**${n}.2.** As partes reconhecem que as condições desta cláusula se aplicam durante toda a vigência ` +
      'do contrato, iniciada em {{contrato.data_inicio}}, e às suas eventuais renovações, ' +
      'salvo ajuste em contrário formalizado por escrito em termo aditivo assinado por ambas.',
    `**${n}.3.** Para os fins desta cláusula, considera-se:`,
    [
      'a) *dia útil*: segunda a sexta-feira, exceto feriados nacionais e os do município do CONTRATANTE;',
      'b) *atendimento*: o conjunto de ações técnicas realizadas presencialmente ou de forma remota;',
      'c) *chamado*: a solicitação registrada pelos canais oficiais, com número de protocolo.',
    ].join('\\\n'),
  ];
  if (n % 4 === 3) {
    parts.push(
      `**${n}.4.** O valor mensal do {{contrato.plano}} é de **{{contrato.valor}}** ({{contrato.valor_extenso}}), ` +
        'com vencimento todo dia {{contrato.dia_vencimento}}, conforme a tabela abaixo:',
      [
        '| Serviço | Periodicidade | Qtd. | Valor |',
        '|---|---|--:|--:|',
        '| Manutenção preventiva dos equipamentos | Mensal | 1 | {{contrato.valor}} |',
        '| Visita técnica emergencial | Por chamado | 2 | R$ 180,00 |',
        '| Suporte remoto em horário comercial | Contínuo | 1 | incluso |',
        '| Relatório técnico de conformidade | Trimestral | 1 | R$ 320,00 |',
      ].join('\n'),
    );
  }
  if (n % 4 === 0) {
    parts.push(
      `**${n}.4.** São deveres das partes, sem prejuízo de outros previstos em lei:`,
      [
        '1. comunicar por escrito, em até 5 (cinco) dias úteis, qualquer fato que afete a execução do contrato;',
        '2. manter atualizados os dados cadastrais, inclusive endereço, e-mail e telefone;',
        '3. cumprir a legislação trabalhista, previdenciária e tributária relativa aos seus empregados;',
        '4. zelar pela guarda dos documentos e informações recebidos em razão deste contrato.',
      ].join('\n'),
    );
  }
  parts.push(
    `**Parágrafo único.** O descumprimento do disposto nesta cláusula sujeitará a parte infratora às ` +
      'penalidades previstas neste contrato, sem prejuízo da apuração de perdas e danos e da ' +
      'faculdade de a parte prejudicada considerar o contrato rescindido de pleno direito.',
  );
  return parts.join('\n\n');
}

export function buildContractTemplate(clauses = 18): string {
  const head = [
    '# Contrato de Prestação de Serviços nº {{contrato.numero}}',
    '**CONTRATANTE:** {{cliente.nome}}, inscrito(a) no CPF/CNPJ sob o nº {{cliente.cpf_cnpj}}, com endereço em ' +
      '{{cliente.endereco}}, e-mail {{cliente.email}}, telefone {{cliente.telefone}}.',
    '**CONTRATADA:** {{filial.nome}}, inscrita no CNPJ sob o nº {{filial.cnpj}}, com sede em {{filial.endereco}}, ' +
      'neste ato representada por {{responsavel.nome}}, CPF {{responsavel.cpf}}.',
    'As partes acima identificadas têm, entre si, justo e acertado o presente contrato, que se regerá ' +
      'pelas cláusulas seguintes e pelas condições descritas no presente.',
  ];
  const body = Array.from({ length: clauses }, (_, i) => clause(i + 1));
  const tail = [
    '---',
    'E, por estarem assim justas e contratadas, as partes assinam o presente instrumento eletronicamente, ' +
      'reconhecendo a validade das assinaturas eletrônicas nos termos da MP nº 2.200-2/2001.',
    '{{cliente.cidade}}/{{cliente.uf}}, {{data.hoje_extenso}}.',
    '**{{cliente.nome}}**\\\nCONTRATANTE',
    '**{{filial.nome}}**\\\nCONTRATADA – {{responsavel.nome}}',
  ];
  return [...head, ...body, ...tail].join('\n\n');
}
