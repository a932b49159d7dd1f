// Addresses of the page's own views.

/** The page of one collection (its dossier). */
export function collectionHref(name: string): string {
  return `/?${new URLSearchParams({ collection: name })}`;
}
