/**
 * SQL round trips per request, read from a query counter in front of a
 * server that nothing else is talking to: one request to warm the route,
 * then `repeats` in a row, one at a time, and the round trips between.
 */
import type { QueryCounter, RoundTrip } from './query-counter';

export interface RoundTrips {
  perRequest: number;
  /** The last request's round trips, in order. */
  statements: RoundTrip[];
  /** Connections the server opened while counting (each one's setup queries would be counted too). */
  connectionsOpened: number;
}

export async function countRoundTrips(counter: QueryCounter, repeats: number, request: () => Promise<void>): Promise<RoundTrips> {
  await request();
  const connections = counter.connections();
  const first = counter.roundTrips();
  let last = first;
  for (let n = 0; n < repeats; n += 1) {
    last = counter.roundTrips();
    await request();
  }
  return {
    perRequest: (counter.roundTrips() - first) / repeats,
    statements: counter.since(last),
    connectionsOpened: counter.connections() - connections,
  };
}

/** A GET that must answer `expected`; its body is read so the render is complete. */
export async function fetchPage(url: string, headers: Record<string, string>, expected: number): Promise<string> {
  const response = await fetch(url, { headers, redirect: 'manual' });
  const body = await response.text();
  if (response.status !== expected) throw new Error(`${url} answered ${response.status}, not ${expected}`);
  return body;
}

/**
 * Fills the server's database pool before counting, by asking for `url`
 * `connections` times at once: connections opened while counting would add
 * the driver's own setup queries to the figures.
 */
export async function openPool(url: string, headers: Record<string, string>, connections: number): Promise<void> {
  await Promise.all(Array.from({ length: connections }, () => fetch(url, { headers }).then((response) => response.text())));
}
