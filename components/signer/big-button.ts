/** Signer-side sizing for components/ui Button: 48 px tall, full width, larger text (tap targets ≥ 44 px). */
export const bigButton = 'h-12 w-full text-base';
