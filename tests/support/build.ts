// A scratch build of the site into a folder of its own, with the environment a test names.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { ROOT } from './dist';
import { buildEnv } from './env';

export interface BuildResult {
  readonly status: number | null;
  /** stdout and stderr together, without terminal colour codes (Astro prints in colour when CI=true or FORCE_COLOR is set, as in CI). */
  readonly output: string;
}

/** `astro build --outDir outDir`, run from `cwd` (the project, or a copy of it). */
export function buildSite(outDir: string, env: Record<string, string> = {}, cwd: string = ROOT): BuildResult {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd,
    env: buildEnv(env),
    encoding: 'utf8',
  });
  return { status: r.status, output: stripVTControlCharacters(`${r.stdout}\n${r.stderr}`) };
}

/** Every file under `dir`, as paths. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/** A PNG's width and height, from its IHDR chunk. */
export function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  if (png.toString('latin1', 1, 4) !== 'PNG') throw new Error(`${file} is not a PNG`);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
