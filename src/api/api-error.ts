// One error type for every registry failure, so the UI can explain each case in plain words.
export type ApiErrorKind =
  | "not-found" // 404: no such study
  | "bad-request" // 400: the registry rejected the request (its message says why)
  | "busy" // 429: too many requests, even after retrying, or it asked us to wait longer than we do
  | "unavailable" // 5xx, an HTML page instead of JSON, or a refused connection
  | "timeout" // no answer in time, even after retrying
  | "offline"; // the browser says it has no network

export class ApiError extends Error {
  override readonly name = "ApiError";
  /** How long the registry asked us to wait (its Retry-After), when it said and we could read it. */
  readonly retryAfterMs: number | undefined;
  constructor(
    readonly kind: ApiErrorKind,
    /** HTTP status, or 0 when no response arrived. */
    readonly status: number,
    /** The registry's own plain-text message, when it sent one. */
    readonly registryMessage = "",
    options?: { cause?: unknown; retryAfterMs?: number },
  ) {
    super(registryMessage || `Registry request failed (${kind}${status ? `, HTTP ${status}` : ""})`, options);
    this.retryAfterMs = options?.retryAfterMs;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;
