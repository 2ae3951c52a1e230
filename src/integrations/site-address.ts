/**
 * Ends the build with where the site's absolute addresses point, or, when no address is known,
 * one warning saying what was left out and how to set it (see src/lib/site-address.ts).
 */
import type { AstroIntegration } from 'astro';
import { missingAddressWarning, type SiteAddress } from '../lib/site-address';

export default function siteAddress(address: SiteAddress, env: Readonly<Record<string, string | undefined>>): AstroIntegration {
  return {
    name: 'site-address',
    hooks: {
      'astro:build:done': ({ logger }) => {
        if (address.origin === undefined) {
          logger.warn(missingAddressWarning(env));
          return;
        }
        logger.info(`Absolute addresses use ${address.origin} (from ${address.from}).${address.note ? ` ${address.note}` : ''}`);
      },
    },
  };
}
