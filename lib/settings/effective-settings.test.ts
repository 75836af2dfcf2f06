import { describe, expect, it } from 'vitest';
import {
  resolveActivation,
  resolveEffectiveSettings,
  resolveUseSignature,
  type Activation,
  type GeneralParameters,
  type TriState,
} from './effective-settings';

const general = (over: Partial<GeneralParameters> = {}): GeneralParameters => ({
  contractSignatureEnabled: true,
  useSignatureIntegration: false,
  defaultActivation: 'on_signature',
  ...over,
});

describe('"Utilizar integração assinatura digital": contract over general parameter', () => {
  // [master switch, general, contract] → [value, source]
  const table: [boolean, boolean, TriState, boolean, string][] = [
    [true, true, 'default', true, 'general'],
    [true, false, 'default', false, 'general'],
    [true, true, 'yes', true, 'contract'],
    [true, false, 'yes', true, 'contract'], // the contract may say yes even when the general says no
    [true, true, 'no', false, 'contract'],
    [true, false, 'no', false, 'contract'],
    [false, true, 'default', false, 'disabled'],
    [false, true, 'yes', false, 'disabled'],
    [false, false, 'no', false, 'disabled'],
  ];
  it.each(table)('enabled=%s general=%s contract=%s → %s from %s', (enabled, g, c, value, source) => {
    const r = resolveUseSignature(general({ contractSignatureEnabled: enabled, useSignatureIntegration: g }), c);
    expect(r).toMatchObject({ value, source });
    expect(r.explanation.length).toBeGreaterThan(20);
  });

  it('explains where to fix it when the master switch is off', () => {
    expect(resolveUseSignature(general({ contractSignatureEnabled: false }), 'yes').explanation).toContain('Parâmetros gerais');
  });
});

describe('activation: contract over general parameter', () => {
  const table: [Activation, Activation | 'default', Activation, string][] = [
    ['on_signature', 'default', 'on_signature', 'general'],
    ['manual', 'default', 'manual', 'general'],
    ['manual', 'on_signature', 'on_signature', 'contract'],
    ['on_signature', 'manual', 'manual', 'contract'],
  ];
  it.each(table)('general=%s contract=%s → %s from %s', (g, c, value, source) => {
    expect(resolveActivation(general({ defaultActivation: g }), c)).toMatchObject({ value, source });
  });
});

describe('ID document and selfie: contract over integration default', () => {
  const states: TriState[] = ['default', 'yes', 'no'];
  for (const integrationValue of [true, false]) {
    for (const contract of states) {
      const expected = contract === 'default' ? integrationValue : contract === 'yes';
      it(`integration=${integrationValue} contract=${contract} → ${expected}`, () => {
        const r = resolveEffectiveSettings(
          general(),
          { requireIdDocument: integrationValue, requireSelfie: integrationValue },
          { useSignatureIntegration: 'default', activation: 'default', requireIdDocument: contract, requireSelfie: contract },
        );
        expect(r.requireIdDocument.value).toBe(expected);
        expect(r.requireSelfie.value).toBe(expected);
        expect(r.requireSelfie.source).toBe(contract === 'default' ? 'integration' : 'contract');
      });
    }
  }

  it('without an integration, "padrão" requires nothing', () => {
    const r = resolveEffectiveSettings(general(), null, {
      useSignatureIntegration: 'default',
      activation: 'default',
      requireIdDocument: 'default',
      requireSelfie: 'default',
    });
    expect(r.requireIdDocument.value).toBe(false);
  });
});
