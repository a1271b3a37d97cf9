/**
 * Reading a server action's answer out of its RSC ("Flight") payload, the
 * `text/x-component` body the browser's router decodes. Rows are
 * `<hex id>:<tag?><data>`: most end at a newline; text and binary rows
 * (tags below) give their byte length in hex and a comma instead, and
 * may hold newlines. Row 0 is the response root; its `a` field refers to
 * the row that holds the action's return value ("$@<id>"). The row format is
 * React's: processBinaryChunk in
 * node_modules/next/dist/compiled/react-server-dom-webpack/cjs/*client*.js.
 */

/** Tags of rows whose data is length-prefixed (T = text, the rest typed arrays and blobs). */
const LENGTH_PREFIXED = new Set('TAOobUSsLlGgMmV');
const NEWLINE = 0x0a;
const COLON = 0x3a;
const COMMA = 0x2c;

export interface FlightRow {
  tag: string;
  data: string;
}

/**
 * Every row of a whole payload, read exactly as React reads it; throws when
 * the bytes are not one (an HTML error page, a truncated stream).
 */
export function parseFlightRows(payload: Uint8Array): Map<number, FlightRow> {
  const rows = new Map<number, FlightRow>();
  const bytes = Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
  let at = 0;
  while (at < bytes.length) {
    const colon = bytes.indexOf(COLON, at);
    const idText = bytes.toString('latin1', at, colon);
    if (colon < 0 || !/^[0-9a-f]*$/.test(idText)) throw new Error(`not an RSC payload: no row id at byte ${at}`);
    // Hints (`:HL[...]`) have an empty id; they never carry an answer, so they share id -1.
    const id = idText === '' ? -1 : parseInt(idText, 16);
    const tag = String.fromCharCode(bytes[colon + 1] ?? 0);
    if (LENGTH_PREFIXED.has(tag)) {
      const comma = bytes.indexOf(COMMA, colon + 2);
      if (comma < 0) throw new Error(`RSC row ${idText} has no length`);
      const end = comma + 1 + parseInt(bytes.toString('latin1', colon + 2, comma), 16);
      if (end > bytes.length) throw new Error(`RSC row ${idText} is cut short`);
      rows.set(id, { tag, data: bytes.toString('utf8', comma + 1, end) });
      at = end;
    } else {
      const end = bytes.indexOf(NEWLINE, colon + 1);
      if (end < 0) throw new Error(`RSC row ${idText} does not end`);
      const tagged = /[A-Z#rx]/.test(tag);
      rows.set(id, { tag: tagged ? tag : '', data: bytes.toString('utf8', colon + 1 + (tagged ? 1 : 0), end) });
      at = end + 1;
    }
  }
  return rows;
}

/** The row an RSC root's `a` field refers to ("$@<hex id>"): where the action's answer is. */
function answerRowId(rootJson: string): number {
  const reference = (JSON.parse(rootJson) as { a?: unknown }).a;
  const id = typeof reference === 'string' ? /^\$@([0-9a-f]+)$/.exec(reference)?.[1] : undefined;
  if (!id) throw new Error('the RSC payload carries no action result');
  return parseInt(id, 16);
}

/** The action's return value from exactly parsed rows. */
export function actionResultFromRows(rows: Map<number, FlightRow>): unknown {
  const root = rows.get(0);
  if (!root || root.tag !== '') throw new Error('the RSC payload has no root row');
  const id = answerRowId(root.data);
  const row = rows.get(id);
  if (!row || row.tag !== '') throw new Error(`the action result row ${id.toString(16)} is missing`);
  return JSON.parse(row.data);
}

/**
 * The action's return value from a payload received as text. autocannon
 * hands bodies over as strings decoded chunk by chunk, so a multi-byte
 * character split between two chunks loses its byte length and
 * length-prefixed rows can no longer be skipped exactly. The root row and
 * the answer row are JSON lines, so they are found by their ids instead.
 */
export function actionResultFromText(payload: string): unknown {
  const root = /(?:^|[^0-9a-f])0:(\{[^\n]*)\n/.exec(payload);
  if (!root) throw new Error('the RSC payload has no root row');
  const id = answerRowId(root[1]!).toString(16);
  const answer = new RegExp(`(?:^|[^0-9a-f])${id}:(\\{[^\\n]*)\\n`).exec(payload);
  if (!answer) throw new Error(`the action result row ${id} is missing`);
  return JSON.parse(answer[1]!);
}
