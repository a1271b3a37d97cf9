import { z } from 'zod';

const count = new Intl.NumberFormat('en');

/** A message, or one that says how long the text was. */
type LengthMessage = string | ((length: number) => string);

export interface TextOptions {
  /** The longest it may be, counted after trimming. */
  max: number;
  /** Said when it is longer; "Use at most 50 characters." unless given. */
  tooLong?: LengthMessage;
  /** Said when it is empty. Without it the field is optional and reads as ''. */
  required?: string;
  /** The shortest a non-empty text may be. */
  min?: { length: number; message: LengthMessage };
  /** Passwords keep their spaces; everything else is stored trimmed, as measured. */
  trim?: boolean;
}

const say = (message: LengthMessage, length: number) => (typeof message === 'string' ? message : message(length));

/**
 * One text field as FormData delivers it: a missing field reads as '', a
 * file or any other non-string is refused with the field's own message,
 * and the length is checked after trimming so what is stored is what was
 * measured. Chain `.transform` or `.pipe` for the field's own rules; they
 * run only once the length is known to be fine.
 */
export function text({ max, tooLong = `Use at most ${count.format(max)} characters.`, required, min, trim = true }: TextOptions) {
  return z.unknown().transform((value, context): string => {
    const refuse = (message: string) => {
      context.addIssue({ code: 'custom', message });
      return z.NEVER;
    };
    if (value !== null && value !== undefined && typeof value !== 'string') {
      return refuse(required ?? 'This field could not be read.');
    }
    const raw = value ?? '';
    const read = trim ? raw.trim() : raw;
    if (read.length === 0) return required ? refuse(required) : read;
    if (read.length > max) return refuse(say(tooLong, read.length));
    if (min && read.length < min.length) return refuse(say(min.message, read.length));
    return read;
  });
}

/** A checkbox: ticked sends "on", unticked sends nothing. */
export const checkbox = z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean());
