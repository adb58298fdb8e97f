// Types for precompress.mjs (plain JS, run by scripts/gateway.mjs; imported by deploy/gateway.test.ts).
export declare const PRECOMPRESSED_EXTENSIONS: string[];
export declare function precompress(dir: string, options?: { minSize?: number }): { files: number; bytes: number; gzipBytes: number };
