/**
 * How a large load into empty tables goes fast, whatever it loads: the
 * session sorts in memory and does not wait for the WAL, and the tables'
 * secondary indexes and foreign keys are set aside during the load and
 * rebuilt from their own catalog definitions at the end (one sort per index
 * and one join per key, instead of upkeep for every row). Unique indexes stay
 * in place and guard the data as it goes in. Run the steps of
 * bulkLoadStart, the load, then bulkLoadFinish, in one transaction: a failure
 * leaves the schema exactly as it was.
 */

/** A labelled step: statements run in order, in the load's one transaction. */
export interface SeedStep {
  label: string;
  statements: string[];
}

/** The session's settings, then the indexes and keys of `tables` set aside (remembered in a temporary table). */
export function bulkLoadStart(tables: readonly string[]): SeedStep[] {
  const tableArray = `array[${tables.map((table) => `'${table}'`).join(', ')}]::regclass[]`;
  return [
    {
      label: 'session set for a bulk load',
      statements: [
        // Index builds and aggregates sort in memory. Every statement runs once
        // over millions of calls JIT cannot speed up (generate_series, regexps,
        // text search), so compiling them is pure cost. A crash mid-seed loses
        // only the load, so commit need not wait for the WAL flush.
        `set local maintenance_work_mem = '1GB'`,
        `set local work_mem = '256MB'`,
        `set local jit = off`,
        `set local synchronous_commit = off`,
      ],
    },
    {
      label: 'secondary indexes and foreign keys set aside',
      statements: [
        `create temp table set_aside on commit drop as
         select 'index' as kind,
                format('drop index %s', i.indexrelid::regclass) as removal,
                pg_get_indexdef(i.indexrelid) as restoration
           from pg_index i
          where i.indrelid = any (${tableArray}) and not i.indisunique and not i.indisexclusion
         union all
         select 'foreign key',
                format('alter table %s drop constraint %I', c.conrelid::regclass, c.conname),
                format('alter table %s add constraint %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid))
           from pg_constraint c
          where c.contype = 'f' and c.conrelid = any (${tableArray})`,
        runEach(`select removal as statement from set_aside`),
      ],
    },
  ];
}

/** The indexes and foreign keys set aside by bulkLoadStart, back as they were (the keys checked again). */
export function bulkLoadFinish(): SeedStep[] {
  return [
    {
      label: 'secondary indexes rebuilt',
      statements: [runEach(`select restoration as statement from set_aside where kind = 'index'`)],
    },
    {
      label: 'foreign keys restored and checked',
      statements: [runEach(`select restoration as statement from set_aside where kind = 'foreign key'`)],
    },
  ];
}

/** A block that executes each `statement` the query returns. */
function runEach(query: string) {
  return `do $$ declare step record; begin for step in ${query} loop execute step.statement; end loop; end $$`;
}
