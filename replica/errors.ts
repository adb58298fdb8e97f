// Response shape shared by the adapters, and the error type that becomes a plain-text response
// (the real API answers every error with text/plain, never JSON).

export type ReplicaResponse = { status: number; headers: Record<string, string>; body: string };

export class ReplicaError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function badRequest(message: string): ReplicaError {
  return new ReplicaError(400, message);
}

export function textResponse(status: number, body: string, headers: Record<string, string> = {}): ReplicaResponse {
  return { status, headers: { "content-type": "text/plain; charset=utf-8", ...headers }, body };
}

export function jsonResponse(body: string): ReplicaResponse {
  return { status: 200, headers: { "content-type": "application/json" }, body };
}
