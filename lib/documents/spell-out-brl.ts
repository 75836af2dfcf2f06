/*
 * "Valor por extenso": contracts repeat the price in words so a figure cannot be altered by hand
 * ("R$ 1.234,56 (mil duzentos e trinta e quatro reais e cinquenta e seis centavos)").
 */

const UNITS = ['', 'um', 'dois', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove'];
const TEENS = ['dez', 'onze', 'doze', 'treze', 'quatorze', 'quinze', 'dezesseis', 'dezessete', 'dezoito', 'dezenove'];
const TENS = ['', '', 'vinte', 'trinta', 'quarenta', 'cinquenta', 'sessenta', 'setenta', 'oitenta', 'noventa'];
const HUNDREDS = ['', 'cento', 'duzentos', 'trezentos', 'quatrocentos', 'quinhentos', 'seiscentos', 'setecentos', 'oitocentos', 'novecentos'];
/** Index = power of 1000. "mil" has no plural and no leading "um". */
const SCALES: [singular: string, plural: string][] = [
  ['', ''],
  ['mil', 'mil'],
  ['milhão', 'milhões'],
  ['bilhão', 'bilhões'],
  ['trilhão', 'trilhões'],
];

function spellUnderThousand(n: number): string {
  if (n === 100) return 'cem';
  const h = Math.floor(n / 100);
  const rest = n % 100;
  const parts = [HUNDREDS[h]];
  if (rest >= 10 && rest < 20) parts.push(TEENS[rest - 10]);
  else parts.push(TENS[Math.floor(rest / 10)], UNITS[rest % 10]);
  return parts.filter(Boolean).join(' e ');
}

/** 1234 → "mil duzentos e trinta e quatro"; 0 → "zero". */
export function spellOutInteger(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Número inválido: ${n}`);
  if (n === 0) return 'zero';
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  if (groups.length > SCALES.length) throw new RangeError(`Número grande demais: ${n}`);

  const words: { text: string; value: number }[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const value = groups[i];
    if (value === 0) continue;
    const [singular, plural] = SCALES[i];
    let text: string;
    if (i === 0) text = spellUnderThousand(value);
    else if (i === 1) text = value === 1 ? 'mil' : `${spellUnderThousand(value)} mil`;
    else text = `${spellUnderThousand(value)} ${value === 1 ? singular : plural}`;
    words.push({ text, value });
  }
  // Grammar: "e" joins the last group only when it is below 100 or a round hundred
  // ("mil e cem", "mil e vinte", but "mil duzentos e trinta").
  return words
    .map((w, i) => {
      if (i === 0) return w.text;
      const last = i === words.length - 1;
      return (last && (w.value < 100 || w.value % 100 === 0) ? ' e ' : ' ') + w.text;
    })
    .join('');
}

/** Integer cents → "mil duzentos e trinta e quatro reais e cinquenta e seis centavos". */
export function spellOutBrl(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Valor em centavos inválido: ${cents}`);
  if (cents < 0) return `menos ${spellOutBrl(-cents)}`;
  const reais = Math.floor(cents / 100);
  const centavos = cents % 100;
  if (reais === 0 && centavos === 0) return 'zero reais';

  const parts: string[] = [];
  if (reais > 0) {
    const unit = reais === 1 ? 'real' : 'reais';
    // Whole millions take "de": "um milhão de reais", but "um milhão e cem mil reais".
    const de = reais >= 1_000_000 && reais % 1_000_000 === 0 ? 'de ' : '';
    parts.push(`${spellOutInteger(reais)} ${de}${unit}`);
  }
  if (centavos > 0) parts.push(`${spellOutInteger(centavos)} ${centavos === 1 ? 'centavo' : 'centavos'}`);
  return parts.join(' e ');
}
