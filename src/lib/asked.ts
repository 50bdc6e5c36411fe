import type { BankRegistry } from './share-codec';

/** The facts about a statement that saving and reading answers need. */
export interface StateItem {
  id: string;
  dimension: string;
  /** The bank versions whose quick check asks it. */
  quick: readonly number[];
}

/** What saving and reading answers needs: the bank to save with, and every statement (of type I). */
export interface StateModel<I extends StateItem = StateItem> {
  bank: number;
  banks: BankRegistry;
  items: readonly I[];
}

/**
 * The statements a bank version asks in a mode, in bank order: the newest version unless a
 * result says otherwise (a link made with version 1 is read with version 1's statements).
 */
export function askedItems<I extends StateItem>(
  model: StateModel<I>,
  mode: 'quick' | 'full',
  bank: number = model.bank,
): I[] {
  const byId = new Map(model.items.map((i) => [i.id, i]));
  return (model.banks[bank] ?? []).flatMap((id) => {
    const item = byId.get(id);
    return item && (mode === 'full' || item.quick.includes(bank)) ? [item] : [];
  });
}
