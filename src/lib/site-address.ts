/**
 * Where the built site will live: its origin (for canonical links, social metadata, the sitemap)
 * and its sub-path. Read by astro.config.ts from the build's environment; see docs/DEPLOY.md.
 *
 * The origin is SITE_URL when set; otherwise the address the host documents in its own build
 * environment; otherwise unknown, and the build leaves out what needs it rather than invent one.
 */

/** A deployer's mistake in SITE_URL or BASE_PATH: the build stops with this message. */
export class SiteAddressError extends Error {
  override name = 'SiteAddressError';
}

export interface SiteAddress {
  /** The origin, such as "https://me.github.io", or undefined when no address is known. */
  readonly origin: string | undefined;
  /** Where the origin came from, for the build log: "SITE_URL", "Netlify (URL)", … */
  readonly from: string | undefined;
  /** Something the deployer should know about a detected address (a custom domain, say). */
  readonly note?: string;
}

type Env = Readonly<Record<string, string | undefined>>;

const EXPECTED_ORIGIN = 'an absolute https: address without a path, such as https://me.github.io (or http://localhost:4321 to try a build locally)';

/**
 * `value` as an origin ("https://host[:port]"), or a SiteAddressError that says what was expected.
 * `name` is the variable it came from, for the message.
 */
export function parseOrigin(value: string, name: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SiteAddressError(`${name} is "${value}", which is not an address: expected ${EXPECTED_ORIGIN}.`);
  }
  const local = url.protocol === 'http:' && url.hostname === 'localhost';
  if (url.protocol !== 'https:' && !local) {
    throw new SiteAddressError(`${name} is "${value}": expected ${EXPECTED_ORIGIN}.`);
  }
  if (url.username || url.password || url.search || url.hash || url.pathname !== '/') {
    const path = url.pathname !== '/' ? ` It carries the path "${url.pathname}": put a sub-path in BASE_PATH instead (BASE_PATH=${normaliseBasePath(url.pathname)}).` : '';
    throw new SiteAddressError(`${name} is "${value}": expected ${EXPECTED_ORIGIN}.${path}`);
  }
  return url.origin;
}

/**
 * BASE_PATH with a slash at both ends: "essay", "/essay" and "essay/" all become "/essay/";
 * unset or empty is the root, "/". Anything that is not a plain path is refused.
 */
export function normaliseBasePath(value: string | undefined): string {
  const raw = (value ?? '').trim();
  if (raw === '' || raw === '/') return '/';
  const segments = raw.split('/').filter((s) => s !== '');
  const bad = /[^A-Za-z0-9._~!$&'()*+,;=:@%-]/;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) || segments.some((s) => s === '.' || s === '..' || bad.test(s))) {
    throw new SiteAddressError(
      `BASE_PATH is "${raw}": expected the sub-path the site is served under, such as /essay/ (leave it unset for the root of a domain; the domain goes in SITE_URL).`,
    );
  }
  return `/${segments.join('/')}/`;
}

/** The origin a host documents in its build environment, if this build runs on one we know. */
function detectHost(env: Env): SiteAddress | undefined {
  // Netlify: URL is "the main address to your site", its Netlify subdomain or custom domain.
  if (env.NETLIFY === 'true' && env.URL) return { origin: parseOrigin(env.URL, 'Netlify’s URL'), from: 'Netlify (URL)' };
  // Vercel: VERCEL_PROJECT_PRODUCTION_URL is the project's production domain, without a scheme,
  // set in preview deployments too.
  if (env.VERCEL === '1' && env.VERCEL_PROJECT_PRODUCTION_URL) {
    return { origin: parseOrigin(`https://${env.VERCEL_PROJECT_PRODUCTION_URL}`, 'Vercel’s VERCEL_PROJECT_PRODUCTION_URL'), from: 'Vercel (VERCEL_PROJECT_PRODUCTION_URL)' };
  }
  // Cloudflare Pages: CF_PAGES_URL is this deployment's own address, <hash>.<project>.pages.dev;
  // the project's production address is <project>.pages.dev.
  if (env.CF_PAGES === '1' && env.CF_PAGES_URL) {
    const host = new URL(parseOrigin(env.CF_PAGES_URL, 'Cloudflare’s CF_PAGES_URL')).hostname;
    const project = /^[^.]+\.([^.]+)\.pages\.dev$/.exec(host)?.[1];
    if (project) {
      return {
        origin: `https://${project}.pages.dev`,
        from: 'Cloudflare Pages (CF_PAGES_URL)',
        note: `With a custom domain, set SITE_URL to it: Cloudflare only tells the build its ${project}.pages.dev address.`,
      };
    }
  }
  return undefined;
}

/** The site's origin from SITE_URL, else from the host's build environment, else unknown. */
export function resolveSiteAddress(env: Env): SiteAddress {
  const explicit = env.SITE_URL?.trim();
  if (explicit) return { origin: parseOrigin(explicit, 'SITE_URL'), from: 'SITE_URL' };
  return detectHost(env) ?? { origin: undefined, from: undefined };
}

/** The warning a build without an address ends with: what was left out, and how to set it. */
export function missingAddressWarning(env: Env): string {
  const lines = [
    'No site address is known, so this build leaves out the canonical links, the absolute social URLs (og:url, og:image, twitter:image), sitemap.xml and the Sitemap line of robots.txt.',
    'Set SITE_URL to the address the site will have, for example: SITE_URL=https://me.github.io BASE_PATH=/essay/ npm run build',
    'Netlify, Vercel and Cloudflare Pages builds find it by themselves; see docs/DEPLOY.md.',
  ];
  if (env.GITHUB_ACTIONS === 'true') {
    lines.push('On GitHub Actions, pass the outputs of actions/configure-pages as SITE_URL and BASE_PATH, as .github/workflows/deploy.yml does.');
  }
  return lines.join('\n');
}
