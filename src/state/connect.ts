import { onMount } from 'svelte';
import type { Connectable } from './stored.svelte';

/**
 * The start-up every island shares: its state renders on memory storage (the server has no other),
 * then reads the browser's storage once the page is live. Call it while the island initializes;
 * `then` runs after connecting, and what it returns runs when the island goes away.
 */
export function connectOnMount(states: readonly Connectable[], then?: () => void | (() => void)): void {
  onMount(() => {
    for (const s of states) s.connect();
    return then?.();
  });
}
