import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { wrongCodeMessage } from './access-code-rules';
import { checkDrawing, checkGeolocation, normalizeName, typedNameMatches } from './signature-input';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

function message(fn: () => unknown) {
  try {
    fn();
  } catch (err) {
    return (err as AppError).userMessage;
  }
  return null;
}

describe('typed signature', () => {
  it('matches the name ignoring accents, case and extra spaces', () => {
    expect(normalizeName('  José   da CONCEIÇÃO ')).toBe('jose da conceicao');
    expect(typedNameMatches('jose da conceicao', 'José da Conceição')).toBe(true);
    expect(typedNameMatches('José da Silva', 'José da Conceição')).toBe(false);
    expect(typedNameMatches('   ', '')).toBe(false);
    expect(typedNameMatches(undefined, 'José')).toBe(false);
  });
});

describe('drawn signature', () => {
  it('accepts a PNG and refuses other bytes, empty drawings and files over 500 KB', () => {
    expect(checkDrawing(new Uint8Array(PNG)).equals(PNG)).toBe(true);
    expect(message(() => checkDrawing(Buffer.from('GIF89a' + 'x'.repeat(40))))).toBe('A assinatura desenhada precisa ser uma imagem PNG.');
    expect(message(() => checkDrawing(PNG.subarray(0, 8)))).toBe('A assinatura desenhada precisa ser uma imagem PNG.');
    expect(message(() => checkDrawing(null))).toBe('Desenhe sua assinatura antes de continuar.');
    expect(message(() => checkDrawing(Buffer.concat([PNG, Buffer.alloc(500 * 1024)])))).toContain('500 KB');
  });
});

describe('geolocation and messages', () => {
  it('keeps a plausible position and refuses nonsense', () => {
    expect(checkGeolocation({ lat: -22.9, lon: -43.1, accuracy: 12 })).toEqual({ lat: -22.9, lon: -43.1, accuracy: 12 });
    expect(checkGeolocation(null)).toBeNull();
    expect(message(() => checkGeolocation({ lat: 91, lon: 0, accuracy: 1 }))).toBe('Localização inválida.');
    expect(message(() => checkGeolocation({ lat: 0, lon: 0, accuracy: Number.NaN }))).toBe('Localização inválida.');
  });

  it('says how many tries are left in pt-BR', () => {
    expect(wrongCodeMessage(3)).toBe('Código incorreto. Restam 3 tentativas.');
    expect(wrongCodeMessage(1)).toBe('Código incorreto. Resta 1 tentativa.');
  });
});
