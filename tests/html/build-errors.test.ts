// An editor's mistake fails the build, naming the file and the valid choices.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/dist';
import { buildSite } from '../support/build';

const build = (cwd: string) => buildSite(join(cwd, 'out'), {}, cwd);

/**
 * A copy of the project's sources in a temporary folder, sharing the installed packages but not
 * the build caches in node_modules (Astro keeps its content store in node_modules/.astro): a
 * broken copy's build must never leave its chapters where another build, running at the same
 * time in another test file, reads them.
 */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'essay-build-'));
  for (const f of ['src', 'public', 'astro.config.ts', 'tsconfig.json', 'package.json']) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry !== '.astro' && entry !== '.vite') symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return dir;
}

/** Replaces `from` in a file of the copy; fails if it is not there, so that the test keeps testing a real edit. */
function edit(dir: string, path: string, from: string | RegExp, to: string): void {
  const file = join(dir, path);
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  expect(next, `${path}: ${String(from)}`).not.toBe(text);
  writeFileSync(file, next);
}

/** The line of the first occurrence of `text` in a file of the copy. */
function lineIn(dir: string, path: string, text: string): number {
  return readFileSync(join(dir, path), 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;
}

describe('the build refuses an editor’s mistakes', () => {
  it('stops at each everyday mistake in a chapter, naming the file, the line and the fix', () => {
    const dir = copyProject();
    try {
      const rockets = 'src/content/chapters/rockets.mdx';
      const custom = 'src/content/chapters/customization.mdx';
      const life = 'src/content/chapters/lifelines.mdx';
      edit(dir, rockets, '<Out id="performanceBarUsd" />', '<out id="performanceBarUsd" />');
      edit(dir, rockets, '<Out id="challengerLaunchCostUsd" />', '<Ouf id="challengerLaunchCostUsd" />');
      edit(dir, rockets, /^status: written$/m, 'status: draft');
      edit(dir, custom, /<\/Conclusion>/, '');
      edit(dir, life, '<SetButton id="subsumeChance" value="1">', '<SetButton id="subsumeChance" value="1.5">');
      edit(dir, life, '<ChapterLink to="customization">', '<ChapterLink to="customization" hash="no-such-heading">');
      edit(dir, life, '<span slot="true">So on these numbers', "<span slot='true'>So on these numbers");
      edit(dir, life, /\n## Do short projects create value\?\n/, '\nEfficiency rose to 30 per cent, and the round was 99.9 million dollars.\n\n## Do short projects create value?\n');
      const { status, output } = build(dir);
      expect(status).not.toBe(0);
      const at = (path: string, text: string) => `${path}:${lineIn(dir, path, text)}: `;
      for (const message of [
        `${at(rockets, '<out id=')}<out> is in lower case, so it would be an empty HTML tag, not the component. Write <Out … />`,
        `${at(rockets, '<Ouf id=')}<Ouf> is not a component. Did you mean <Out>`,
        `${at(rockets, 'status: draft')}frontmatter "status": `,
        `${at(custom, '<Conclusion id="customPaysOff"')}<Conclusion id="customPaysOff" block> is never closed: add </Conclusion> after its content`,
        `${at(life, 'value="1.5"')}<SetButton id="subsumeChance" value="1.5">: 1.5 lies outside the parameter's range. Use a value from 0.01 to 1.`,
        `${at(life, 'hash="no-such-heading"')}<ChapterLink to="customization" hash="no-such-heading">: the customization page has no heading with the id "no-such-heading".`,
        `${at(life, "slot='true'")}slot='true' is in single quotes, so no state would show this sentence. Write slot="true".`,
        `${at(life, '30 per cent')}“30 per cent” is a figure typed by hand. Use <Out>, <Scrub> or <Fact>`,
        `${at(life, '30 per cent')}“99.9 million dollars” is a figure typed by hand.`,
      ]) {
        expect(output).toContain(message);
      }
      expect(output).toContain('expected one of "written"|"coming"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops at a parameter whose default lies outside its range, naming the inputs file and the id', () => {
    const dir = copyProject();
    try {
      edit(dir, 'src/lib/model/lifelines/inputs.ts', /(subsumeChance: \{[^}]*?)default: 1,/, '$1default: 1.5,');
      const { status, output } = build(dir);
      expect(status).not.toBe(0);
      expect(output).toContain('src/lib/model/lifelines/inputs.ts: parameter "subsumeChance": its default 1.5 lies outside its range, 0.01 to 1. Change the default or widen the range.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails on an unknown id with the file, the line, the id and the nearest valid ids', () => {
    const dir = copyProject();
    try {
      const file = join(dir, 'src/content/chapters/arithmetic.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace('<Out id="trainingDays" />', '<Out id="trainingDayz" />'));
      const { status, output } = build(dir);
      expect(status).not.toBe(0);
      expect(output).toMatch(/src\/content\/chapters\/arithmetic\.mdx:\d+: <Out>: unknown output id "trainingDayz"/);
      expect(output).toContain('Did you mean "trainingDays"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails on invalid frontmatter with the file and the valid values', () => {
    const dir = copyProject();
    try {
      const file = join(dir, 'src/content/chapters/rockets.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^status: \w+$/m, 'status: draft'));
      const { status, output } = build(dir);
      expect(status).not.toBe(0);
      expect(output).toContain('rockets.mdx');
      expect(output).toContain('expected one of "written"|"coming"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails on a chapter file that is not one of the site’s chapters', () => {
    const dir = copyProject();
    try {
      mkdirSync(join(dir, 'src/content/chapters'), { recursive: true });
      cpSync(join(dir, 'src/content/chapters/rockets.mdx'), join(dir, 'src/content/chapters/rocket.mdx'));
      const { status, output } = build(dir);
      expect(status).not.toBe(0);
      expect(output).toContain('rocket.mdx: not a chapter of this site');
      expect(output).toContain('rockets, customization, arithmetic, multimodal, lifelines, moats');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // One build per mistake is slow, so these few stand for the rest, all in one file (the schema
  // reports every field of an entry that it refuses); tests/unit/hindsight.test.ts checks the
  // schema's refusals one by one (unknown verdict, missing title or date, http: addresses…).
  it('fails on a prediction with an impossible month, an impossible day, an unknown kind and a javascript: address, naming the file, each field and what is allowed', () => {
    const dir = copyProject();
    try {
      const file = 'src/content/predictions/efficiency-60.yaml';
      edit(dir, file, "horizon: '2025-09'", "horizon: '2025-13'");
      edit(dir, file, "date: '2024-12-27'", "date: '2024-02-31'");
      edit(dir, file, 'kind: lever-check', 'kind: prophecy');
      edit(dir, file, 'url: https://arxiv.org/abs/2412.19437', "url: 'javascript:alert(1)'");
      const { status, output } = build(dir);
      expect(status).not.toBe(0);
      expect(output).toContain('efficiency-60');
      // Each refusal on a line of its own: "  field: what is allowed".
      const lines = output.split('\n').map((l) => l.trim());
      for (const [field, allowed] of [
        ['horizon', 'a real month as YYYY-MM (month 01–12)'],
        ['sources.1.date', 'a real date as YYYY, YYYY-MM or YYYY-MM-DD'],
        ['kind', 'expected one of "forecast"|"lever-check"'],
        ['sources.1.url', 'an https:// address'],
      ] as const) {
        expect(lines.some((l) => l.startsWith(`${field}: `) && l.includes(allowed)), `${field}: ${allowed}`).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails on a prediction file named with capitals, naming the file and the rule', () => {
    const dir = copyProject();
    try {
      const from = join(dir, 'src/content/predictions/efficiency-60.yaml');
      writeFileSync(join(dir, 'src/content/predictions/Efficiency-60.yaml'), readFileSync(from, 'utf8'));
      rmSync(from);
      const { status, output } = build(dir);
      expect(status).not.toBe(0);
      expect(output).toContain('src/content/predictions/Efficiency-60.yaml');
      expect(output).toContain('lower-case letters and digits joined by single hyphens');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails on a new prediction file whose id is not listed for the link codec', () => {
    const dir = copyProject();
    try {
      cpSync(join(dir, 'src/content/predictions/efficiency-60.yaml'), join(dir, 'src/content/predictions/efficiency-70.yaml'));
      const { status, output } = build(dir);
      expect(status).not.toBe(0);
      expect(output).toContain('src/content/predictions/efficiency-70.yaml: the id "efficiency-70" is not listed in src/lib/prediction-ids.ts');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
