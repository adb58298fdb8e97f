import type { Plugin } from "vite";

export function pureRouter(): Plugin;
