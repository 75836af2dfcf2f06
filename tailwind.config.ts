// Tailwind v4 reads its theme from app/globals.css (@theme); this file is loaded there with @config
// so editors and tooling that look for a config find the content globs and brand colours in one place.
import type { Config } from 'tailwindcss';

const config: Config = {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        brand: { DEFAULT: '#1d4ed8', dark: '#1e3a8a', light: '#dbeafe' },
      },
    },
  },
};

export default config;
