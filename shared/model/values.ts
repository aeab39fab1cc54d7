/**
 * Checks of single field values. The inspector uses them inline and the design-integrity rules
 * use them on whole designs, so both say the same thing about the same value.
 * Each returns null when the value is fine, or a short reason in the planner's words.
 */

const LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;

export function fqdnProblem(value: string): string | null {
  const v = value.trim();
  if (v === '') return 'is empty';
  if (v !== value) return 'has spaces around it';
  if (v.length > 253) return 'is longer than 253 characters';
  if (v.includes('$')) return 'holds a script variable ($…) instead of a name';
  const labels = v.replace(/\.$/, '').split('.');
  if (labels.length < 2) return 'is a single label, not a fully qualified domain name';
  const bad = labels.find((l) => !LABEL.test(l));
  if (bad !== undefined) return `has an invalid label "${bad}"`;
  if (/^\d+$/.test(labels[labels.length - 1] ?? '')) return 'looks like an IP address, not a domain name';
  return null;
}

export function isValidFqdn(value: string): boolean {
  return fqdnProblem(value) === null;
}

export function portProblem(value: number): string | null {
  if (!Number.isInteger(value)) return 'is not a whole number';
  if (value < 1 || value > 65535) return 'is outside 1 to 65535';
  return null;
}

/** SQL Server instance names: up to 16 characters, starting with a letter, underscore, & or #. */
export function instanceNameProblem(value: string): string | null {
  if (value === '') return null;
  if (value.length > 16) return 'is longer than 16 characters';
  if (!/^[A-Za-z_&#][A-Za-z0-9_&#$]*$/.test(value)) return 'may hold only letters, digits, _, &, # and $';
  if (value.toUpperCase() === 'DEFAULT' || value.toUpperCase() === 'MSSQLSERVER') {
    return 'is a reserved name; leave it empty for the default instance';
  }
  return null;
}

export function shareNameProblem(value: string): string | null {
  if (value.trim() === '') return 'is empty';
  if (/[\\/]/.test(value) && !isLocalPath(value)) return 'must be a share name, not a path';
  if (/["*:<>?|]/.test(value) && !isLocalPath(value)) return 'holds a character a share name cannot have';
  return null;
}

/** A drive-letter path such as D:\PChatFiles, allowed only for a single-computer pool's file store. */
export function isLocalPath(value: string): boolean {
  return /^[A-Za-z]:[\\/]/.test(value);
}

export function minutesProblem(value: number): string | null {
  if (!Number.isFinite(value)) return 'is not a number';
  if (value < 0) return 'is negative';
  if (value > 7 * 24 * 60) return 'is longer than a week';
  return null;
}

export function uncPath(serverFqdn: string, shareName: string): string {
  return isLocalPath(shareName) ? shareName : `\\\\${serverFqdn}\\${shareName}`;
}

/** Lower-cased, trailing-dot-free FQDN, for comparisons: DNS names are case-insensitive. */
export function fqdnKey(value: string): string {
  return value.trim().toLowerCase().replace(/\.$/, '');
}

export function sqlInstanceLabel(serverFqdn: string, instanceName: string): string {
  return instanceName ? `${serverFqdn}\\${instanceName}` : serverFqdn;
}
