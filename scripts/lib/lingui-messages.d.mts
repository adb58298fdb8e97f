export function collectMessages(files: string[]): Promise<{ id: string; message: string; file: string }[]>;
