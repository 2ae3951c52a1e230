// An editor's mistake fails the build, naming the file and the valid choices.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/dist';
import { buildSite } from '../support/build';

const build = (cwd: string) => buildSite(join(cwd, 'out'), {}, cwd);

/** A copy of the project's sources in a temporary folder, sharing node_modules. */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'essay-build-'));
  for (const f of ['src', 'public', 'astro.config.ts', 'tsconfig.json', 'package.json']) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

describe('the build refuses an editor’s mistakes', () => {
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
});
