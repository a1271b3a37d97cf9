/**
 * How long members' words may be. Plain numbers with no validation library
 * behind them, so the forms that show them (client components) import only
 * these, never zod: a schema module pulled into the browser brings all of zod
 * with it, on every page that form is on.
 */
export const REVIEW_TITLE_MAX = 120;
export const REVIEW_BODY_MIN = 500;
export const REVIEW_BODY_MAX = 50_000;
export const COMMENT_BODY_MAX = 10_000;
export const DISPLAY_NAME_MAX = 50;
export const BIO_MAX = 500;
