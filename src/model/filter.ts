/**
 * The category filter as data: reading a list of ids (an attribute or a property value) and
 * resolving it against the data's categories. Unset means every category.
 */

/** A list of category ids from `value`: a space- or comma-separated string, or an array. Unset: `undefined`. */
export function parseCategoryList(value: unknown): string[] | undefined {
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  return undefined;
}

/** Lit converter of the `categories` attribute: absent = every category, `""` = none. */
export const categoryListConverter = {
  fromAttribute: (value: string | null) => (value === null ? undefined : parseCategoryList(value)),
  toAttribute: (value: unknown) => parseCategoryList(value)?.join(' '),
};

export interface ResolvedFilter {
  /** Ids shown, in the data's category order. */
  readonly shown: readonly string[];
  /** Requested ids the data does not have, in the order given, once each. */
  readonly unknown: readonly string[];
}

/** Which of `categories` a requested list shows; anything but a list or a string shows them all. */
export function resolveFilter(categories: readonly { readonly id: string }[], requested: unknown): ResolvedFilter {
  const list = parseCategoryList(requested);
  if (!list) return { shown: categories.map((c) => c.id), unknown: [] };
  const wanted = new Set(list);
  const known = new Set(categories.map((c) => c.id));
  return {
    shown: categories.filter((c) => wanted.has(c.id)).map((c) => c.id),
    unknown: [...wanted].filter((id) => !known.has(id)),
  };
}
