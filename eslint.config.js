import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noHtmlStrings = [
  {
    selector: "AssignmentExpression[left.property.name='innerHTML']",
    message: 'Build DOM with text, not innerHTML.',
  },
  {
    selector: "AssignmentExpression[left.property.name='outerHTML']",
    message: 'Build DOM with text, not outerHTML.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Build DOM with text, not HTML strings.',
  },
  {
    selector: "CallExpression[callee.property.name='write'][callee.object.name='document']",
    message: 'No document.write.',
  },
  {
    selector: "NewExpression[callee.name='Function']",
    message: 'No new Function: no generated code.',
  },
];

export default tseslint.config(
  {
    ignores: ['.output/', '.wxt/', 'node_modules/', 'bench/out/', 'test/browser/fixtures/vendor/'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-restricted-syntax': ['error', ...noHtmlStrings],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  // The page's interface objects are read through a wrapper in a Firefox content script: their
  // constants come from src/node-types.ts.
  {
    files: ['src/**', 'entrypoints/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Node', message: 'Use the literals of src/node-types.ts.' },
        { object: 'NodeFilter', message: 'Use the literals of src/node-types.ts.' },
      ],
    },
  },
  // Fixture pages imitate hostile sites on purpose; the rule guards the extension's own code.
  { files: ['test/**'], rules: { 'no-restricted-syntax': 'off' } },
  prettier,
);
