import { decodeResult, type BankRegistry, type DecodeErrorKind, type SharedResult } from './share-codec';

/** A link's fragment with escapes undone (`%41` → `A`); left as it is when the escapes are broken. */
export function unescapeFragment(fragment: string): string {
  if (!fragment.includes('%')) return fragment;
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/**
 * Reads the fragment of a result link (`#<code>`, escaped or not): nothing when there is no
 * fragment, else the result or why it cannot be read.
 */
export function readResultFragment(
  hash: string,
  banks: BankRegistry,
): { kind: 'none' } | { kind: 'shared'; result: SharedResult } | { kind: 'error'; error: DecodeErrorKind } {
  const fragment = hash.replace(/^#/, '');
  if (!fragment) return { kind: 'none' };
  const decoded = decodeResult(unescapeFragment(fragment), banks);
  return decoded.ok ? { kind: 'shared', result: decoded.result } : { kind: 'error', error: decoded.error };
}
