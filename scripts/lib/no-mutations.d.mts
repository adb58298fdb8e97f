import type { Plugin } from "vite";

export function noMutations(): Plugin;
