import type { Plugin } from "vite";
import type { Rollup } from "vite";

export const ROUTE_MODULES: [pattern: string, moduleId: string][];
export function preloaderSource(routes: [pattern: string, files: string[]][]): string;
export function routeFiles(bundle: Rollup.OutputBundle, entryId: string, root: string): string[] | undefined;
export function routePreload(): Plugin;
