import { shell } from 'electron';
import { externalLinkDecision } from '../desktop/external-links';
import type { Logger } from '../ports';

/**
 * The one place the app calls `shell.openExternal`: allow-listed https links only. A refused link
 * is logged with its reason and scheme only (a URL may carry anything in its path or query).
 */
export function openExternalLink(url: string, logger: Logger | undefined): boolean {
  const decision = externalLinkDecision(url);
  if (!decision.allowed) {
    logger?.warn('external link refused', { reason: decision.reason, scheme: schemeOf(url) });
    return false;
  }
  void shell.openExternal(decision.url);
  return true;
}

function schemeOf(url: string): string {
  return /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase() ?? '';
}
