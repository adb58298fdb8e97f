import type { Plugin } from "vite";

export function lingui(): Plugin[];
export function transformLingui(code: string, filename: string): Promise<{ code: string; map: unknown } | null>;
export function compileCatalogue(text: string, file: string): Record<string, unknown>;
export function isPlain(message: string, context?: string): boolean;
export function runtimeKey(message: string, context?: string): string;
export const LINGUI_SHORTENINGS: { file: RegExp; find: RegExp; replace: string }[];
