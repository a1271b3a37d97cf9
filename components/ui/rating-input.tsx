import { cx } from './cx';
import { describedBy, FieldError } from './field-error';

/** 1–10 as half stars: 9 → "4½", 8 → "4", 1 → "½". */
export function halfStars(rating: number): string {
  const whole = Math.floor(rating / 2);
  const half = rating % 2 === 1 ? '½' : '';
  return whole === 0 ? half : `${whole}${half}`;
}

/** 9 → "4½ stars", 2 → "1 star", 1 → "½ star". */
export function halfStarsLabel(rating: number): string {
  return `${halfStars(rating)} ${rating <= 2 ? 'star' : 'stars'}`;
}

export interface RatingInputProps {
  /** Form field name; the value sent is 1–10. */
  name: string;
  legend: string;
  /** 1–10; nothing chosen when absent. */
  defaultValue?: number;
  error?: string[];
  hint?: string;
  required?: boolean;
  /** Id of the first radio (what an error summary links to); the others add their value. */
  id?: string;
  className?: string;
}

const STAR_PATH = 'M12 2.5l2.92 6.06 6.58.86-4.83 4.6 1.2 6.54L12 17.4l-5.87 3.16 1.2-6.54-4.83-4.6 6.58-.86L12 2.5z';

const VALUES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/*
 * The stars are CSS over native radios, so arrow keys, forms and assistive
 * technology work as they do for any radio group, with or without JavaScript.
 * Each label is half a star and the labels are siblings in value order, so
 * "every label after the checked (or hovered) one" is `label ~ label`.
 * The conditions sit in :where() so every rule has the same specificity and
 * the order below decides: hovering previews over the checked value.
 */
const styles = `
.rating-input__star { color: var(--color-star-empty); }
:where(.rating-input:has(input:checked)) .rating-input__star { color: var(--color-star); }
:where(.rating-input label:has(input:checked) ~ label) .rating-input__star { color: var(--color-star-empty); }
.rating-input__value { display: none; }
:where(.rating-input:not(:has(input:checked))) .rating-input__none { display: inline; }
:where(.rating-input label:has(input:checked)) .rating-input__value { display: inline; }
@media (hover: hover) {
  :where(.rating-input:has(label:hover)) .rating-input__star { color: var(--color-star); }
  :where(.rating-input label:hover ~ label) .rating-input__star { color: var(--color-star-empty); }
  :where(.rating-input:has(label:hover)) :is(.rating-input__value, .rating-input__none) { display: none; }
  :where(.rating-input label:hover) .rating-input__value { display: inline; }
}
:where(.rating-input label:has(input:focus-visible)) {
  outline: 2px solid var(--color-focus);
  outline-offset: 1px;
  border-radius: 0.25rem;
}
`;

/**
 * A 1–10 rating chosen as half stars out of five: a fieldset of ten native
 * radios named "½ star" … "5 stars", with the chosen value shown as text.
 */
export function RatingInput({ name, legend, defaultValue, error, hint, required, id = name, className }: RatingInputProps) {
  return (
    <fieldset
      className={cx('rating-input min-w-0', className)}
      aria-describedby={describedBy(id, { hint: Boolean(hint), errors: error })}
    >
      <style href="verdict-rating-input" precedence="default">
        {styles}
      </style>
      <legend className="mb-1.5 text-sm font-semibold text-ink">
        {legend}
        {required ? (
          <span className="ml-1 font-normal text-ink-muted" aria-hidden="true">
            (required)
          </span>
        ) : null}
      </legend>
      {hint ? (
        <p id={`${id}-hint`} className="mb-2 text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      <div className="relative inline-flex">
        {VALUES.map((value) => {
          const left = value % 2 === 1;
          return (
            <label key={value} className={cx('relative inline-flex cursor-pointer py-1', left ? 'pl-0.5' : 'pr-0.5')}>
              <input
                type="radio"
                name={name}
                value={value}
                id={value === 1 ? id : `${id}-${value}`}
                defaultChecked={defaultValue === value}
                required={required}
                // Transparent over its half star rather than clipped away, so a
                // pointer (or a test) pressing the star presses the radio itself.
                className="absolute inset-0 m-0 size-full cursor-pointer appearance-none opacity-0"
              />
              <span className="sr-only">{halfStarsLabel(value)}</span>
              <svg
                aria-hidden="true"
                viewBox={left ? '0 0 12 24' : '12 0 12 24'}
                className="rating-input__star h-9 w-[1.125rem] fill-current transition-colors duration-100"
              >
                <path d={STAR_PATH} />
              </svg>
              <span
                aria-hidden="true"
                className="rating-input__value absolute top-1/2 left-full ml-4 -translate-y-1/2 font-sans text-sm font-semibold whitespace-nowrap text-ink tabular-nums"
              >
                {halfStars(value)} out of 5
              </span>
            </label>
          );
        })}
        <span
          aria-hidden="true"
          className="rating-input__none absolute top-1/2 left-full ml-4 hidden -translate-y-1/2 text-sm whitespace-nowrap text-ink-muted"
        >
          Not rated yet
        </span>
      </div>
      <FieldError id={`${id}-error`} errors={error} />
    </fieldset>
  );
}
