// Types for the tests of first-load-size.mjs, which is plain JavaScript so node runs it as is.
export declare const BUDGET_KB: number;
export interface FirstLoadFile {
  url: string;
  gzip: number;
}
export interface FirstLoad {
  files: FirstLoadFile[];
  /** Bytes, gzipped. */
  total: number;
  /** Bytes. */
  budget: number;
  over: boolean;
}
export declare function firstLoadScripts(html: string): string[];
export declare function firstLoad(
  html: string,
  gzipBytes: (url: string) => number,
  budgetKb?: number,
): FirstLoad;
export declare function report(result: FirstLoad): string[];
