/** A path inside the site, under its base ("/" or a sub-path such as "/essay/"). */
export function sitePath(base: string, path = ''): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\//, '')}`;
}
