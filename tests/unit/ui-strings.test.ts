// The interface's words live in src/lib/ui/en/ (docs/TRANSLATING.md), not in the scripts that
// show them: a second language must find every one there. This test reads the string literals
// and template texts of the browser-side modules and fails on one that reads as English words
// (two words in a row, or a typographic quote or apostrophe). Single words ("system") and CSS
// selectors slip through: the test catches phrases, not every word.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Two words in a row ("Link copied", "the essay’s"), or typographic quotes and apostrophes; not
 * parts of hyphenated names ("essay-hindsight-note, essay-hindsight" is a CSS selector).
 */
const WORDS = /(?<![\w-])[A-Za-z’']{2,}[,.:;!?]? +[A-Za-z’']{2,}(?![\w-])|[“”’]/;

/** Texts that look like words but are code: a media query. */
const CODE = new Set(['(prefers-color-scheme: dark)']);

/** The browser-side modules that put words on the page or in a notice. */
const MODULES = [
  ...readdirSync(join(ROOT, 'src/components/client'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => `src/components/client/${f}`),
  ...readdirSync(join(ROOT, 'src/state')).filter((f) => f.endsWith('.ts')).map((f) => `src/state/${f}`),
  // What the tools compute and export (fetched with the panel), the sensitivity chart and the scorecard's.
  ...readdirSync(join(ROOT, 'src/lib/tools')).filter((f) => f.endsWith('.ts')).map((f) => `src/lib/tools/${f}`),
  'src/lib/charts/tornado.ts',
  'src/lib/charts/predictions.ts',
  'src/lib/validate.ts',
  'src/lib/url.ts',
  'src/lib/notices.ts',
  'src/lib/format.ts',
  'src/lib/presets.ts',
  'src/lib/origin.ts',
];

/** The texts of a module's string literals and template parts that read as words. */
function wordyTexts(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    // Import and export paths are not words for readers.
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isImportTypeNode(node)) return;
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      if (WORDS.test(node.text) && !CODE.has(node.text)) found.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('interface words', () => {
  it('finds words where they are written in a module, so that the check below can fail', () => {
    const probe = ts.createSourceFile('probe.ts', "el.textContent = ok ? 'Link copied.' : `Copy this link: ${url}`;", ts.ScriptTarget.Latest, true);
    const texts: string[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteral(node) || ts.isTemplateHead(node)) texts.push(node.text);
      ts.forEachChild(node, visit);
    };
    visit(probe);
    expect(texts.filter((t) => WORDS.test(t))).toEqual(['Link copied.', 'Copy this link: ']);
    expect(WORDS.test('button[data-filter-clear]')).toBe(false);
    expect(WORDS.test(':hover, :focus-within')).toBe(false);
    expect(WORDS.test('essay-hindsight-note, essay-hindsight')).toBe(false);
  });

  it.each(MODULES)('%s takes its words from src/lib/ui/en/', (file) => {
    expect(wordyTexts(file)).toEqual([]);
  });
});
