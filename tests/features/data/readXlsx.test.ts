import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_XLSX_BYTES, readXlsx } from '../../../src/features/data/readXlsx';

const FIXTURE = path.resolve(__dirname, '../../../../shared/fixtures/planner-export-2021.xlsx');

describe('readXlsx', () => {
  it('reads the Tasks sheet of a real Planner export as rows of cells', async () => {
    const result = await readXlsx(new Blob([await readFile(FIXTURE)]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.matrix).toHaveLength(637);
    expect(result.matrix[0]).toEqual(['Plan name', 'Innovation Planning']);
    expect(result.matrix[3]).toEqual([]);
    expect(result.matrix[4]!.slice(0, 3)).toEqual(['Task ID', 'Task Name', 'Bucket Name']);
    expect(result.matrix[5]!.slice(0, 2)).toEqual([
      'PR9_-pI36UmtevbEZfiyw8gAFdIJ',
      'Planning for May 11 VLS (Classroom Website)',
    ]);
  }, 30_000);

  it.each([
    ['a text file named .xlsx', async () => new Blob(['Task ID;Task Name\n1;x'])],
    ['an empty file', async () => new Blob([])],
    ['a truncated export', async () => new Blob([(await readFile(FIXTURE)).subarray(0, 200_000)])],
  ])('refuses %s', async (_name, make) => {
    expect(await readXlsx(await make())).toEqual({ ok: false, problem: 'not-xlsx' });
  });

  it('refuses a file over 20 MB before reading it', async () => {
    const big = new Blob([new Uint8Array(MAX_XLSX_BYTES + 1)]);
    expect(await readXlsx(big)).toEqual({ ok: false, problem: 'too-big' });
  });
});
