import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['dist/', 'storybook-static/', 'node_modules/', 'coverage/', 'src/generated/', 'custom-elements.json', 'test-results/', 'tmp/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      'lit/no-invalid-html': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: 'Feed text is always rendered as text.' },
            {
              name: 'lit/directives/style-map.js',
              message:
                "styleMap writes a style attribute on first render, which a strict CSP blocks: use styleProps from src/internal/style-props.ts (html`<div ${styleProps({'--x': '1'})}>`).",
            },
          ],
        },
      ],
    },
  },
  {
    // Tests build hostile inputs on purpose.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/feed/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'customElements'],
    },
  },
);
