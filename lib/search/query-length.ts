/**
 * How long a search may be, for the search fields (client components) and
 * the parser alike; kept apart from the parser so the header's field does
 * not bring zod into every page.
 */
export const MIN_QUERY_LENGTH = 2;
export const MAX_QUERY_LENGTH = 200;
