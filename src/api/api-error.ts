// One error type for every registry failure, so the UI can explain each case in plain words.
export type ApiErrorKind =
  | "not-found" // 404: no such study
  | "bad-request" // 400: the registry rejected the request (its message says why)
  | "busy" // 429: too many requests, even after retrying
  | "unavailable" // 5xx, an HTML page instead of JSON, or no answer at all
  | "offline"; // the browser says it has no network

export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly kind: ApiErrorKind,
    /** HTTP status, or 0 when no response arrived. */
    readonly status: number,
    /** The registry's own plain-text message, when it sent one. */
    readonly registryMessage = "",
    options?: { cause?: unknown },
  ) {
    super(registryMessage || `Registry request failed (${kind}${status ? `, HTTP ${status}` : ""})`, options);
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;
