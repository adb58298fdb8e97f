import type { Plugin } from "vite";
import type { Rollup } from "vite";

export const ROUTE_MODULES: [pattern: string, moduleId: string, onDemand?: string[]][];
export type DataPreload = [pattern: string, url: string];
export function preloaderSource(routes: [pattern: string, files: string[]][], data?: DataPreload[]): string;
export function routeFiles(bundle: Rollup.OutputBundle, entryId: string, root: string): string[] | undefined;
export function routePreload(options?: { data?: DataPreload[] }): Plugin;
