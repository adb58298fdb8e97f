import { API_BASE } from "./config";
import { ApiError, type ApiErrorKind } from "./api-error";
import { parseRetryAfter } from "./retry-after";
import { markStillTrying } from "./still-trying";

/**
 * Retry policy for 429, 5xx, failed connections and tries that time out: exponential backoff with
 * jitter, or the registry's own Retry-After when it is short, all within one overall deadline.
 * A try that has not started answering after 12 s is abandoned (the registry normally answers in a
 * second or two); three such tries plus backoff (at most 38.5 s) fit the 40 s budget, so the page
 * gives up well within 45 s of the click, never later.
 */
export const retryPolicy = {
  maxAttempts: 3,
  baseDelayMs: 500,
  tryTimeoutMs: 12_000,
  budgetMs: 40_000,
  /** A longer Retry-After ends the request at once, and the reader is told when to try again. */
  maxRetryAfterMs: 10_000,
};

const RETRYABLE = new Set<ApiErrorKind>(["busy", "unavailable", "timeout"]);

type Query = Record<string, string | number | boolean | undefined>;

/**
 * GET a registry path and return the parsed JSON body.
 * Plain GET with no custom headers, so browsers send no CORS preflight. Error bodies are plain text
 * and are never parsed as JSON. Aborting `signal` rejects with the abort reason at once and stops
 * retries; that is never reported as a timeout.
 */
export async function getJson(path: string, query: Query, signal: AbortSignal): Promise<unknown> {
  const url = buildUrl(path, query);
  const deadline = Date.now() + retryPolicy.budgetMs;
  let endStillTrying: (() => void) | undefined;
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        return await attemptOnce(url, signal, deadline);
      } catch (error) {
        if (signal.aborted) throw signal.reason;
        if (!(error instanceof ApiError)) throw error;
        if (error.kind === "timeout") endStillTrying ??= markStillTrying();
        const wait = waitBeforeRetry(error, attempt, deadline);
        if (wait === undefined) throw error;
        await sleep(wait, signal);
      }
    }
  } finally {
    endStillTrying?.();
  }
}

/** How long to wait before the next try, or undefined to give up now with `error`. */
function waitBeforeRetry(error: ApiError, attempt: number, deadline: number): number | undefined {
  if (!RETRYABLE.has(error.kind) || attempt >= retryPolicy.maxAttempts) return undefined;
  if (error.retryAfterMs !== undefined && error.retryAfterMs > retryPolicy.maxRetryAfterMs) return undefined;
  const wait = error.retryAfterMs ?? backoffDelay(attempt);
  return Date.now() + wait < deadline ? wait : undefined;
}

export function buildUrl(path: string, query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ""}`;
}

async function attemptOnce(url: string, signal: AbortSignal, deadline: number): Promise<unknown> {
  const attempt = startTry(signal, deadline);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: attempt.signal });
    } catch (cause) {
      attempt.throwIfStopped(cause);
      const offline = typeof navigator !== "undefined" && navigator.onLine === false;
      throw new ApiError(offline ? "offline" : "unavailable", 0, "", { cause });
    }
    attempt.answering();
    const body = await response.text().catch((cause: unknown) => {
      attempt.throwIfStopped(cause);
      return "";
    });
    if (!response.ok) throw errorForStatus(response, body);
    if (looksLikeHtml(body, response)) throw new ApiError("unavailable", response.status, "The registry sent a web page instead of data.");
    try {
      return JSON.parse(body) as unknown;
    } catch (cause) {
      throw new ApiError("unavailable", response.status, "The registry sent data that could not be read.", { cause });
    }
  } finally {
    attempt.end();
  }
}

/**
 * One try's abort signal, fed by the caller's signal and the try's own timer (not AbortSignal.any or
 * AbortSignal.timeout, which older phone browsers lack). The timer first gives the registry
 * tryTimeoutMs to start answering; once it has, the body may take until the deadline, so a large
 * record on a slow connection is not cut off and fetched again from the start.
 */
function startTry(caller: AbortSignal, deadline: number) {
  if (caller.aborted) throw caller.reason;
  const controller = new AbortController();
  const forwardAbort = () => controller.abort(caller.reason);
  caller.addEventListener("abort", forwardAbort, { once: true });
  let timedOut = false;
  const timeOutAt = (at: number) =>
    setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, at - Date.now());
  let timer = timeOutAt(Math.min(Date.now() + retryPolicy.tryTimeoutMs, deadline));
  return {
    signal: controller.signal,
    answering() {
      clearTimeout(timer);
      timer = timeOutAt(deadline);
    },
    /** Turns a failure caused by the caller's abort or by the timer into what it really was. */
    throwIfStopped(cause: unknown): void {
      if (caller.aborted) throw caller.reason;
      if (timedOut) throw new ApiError("timeout", 0, "", { cause });
    },
    end() {
      clearTimeout(timer);
      caller.removeEventListener("abort", forwardAbort);
    },
  };
}

function errorForStatus(response: Response, body: string): ApiError {
  const kind = kindForStatus(response.status);
  // Unreadable unless the registry exposes the header to CORS: then null, and the backoff applies.
  const retryAfterMs = kind === "busy" ? parseRetryAfter(response.headers.get("retry-after"), Date.now()) : undefined;
  return new ApiError(kind, response.status, plainMessage(body), { retryAfterMs });
}

function kindForStatus(status: number): ApiErrorKind {
  if (status === 404) return "not-found";
  if (status === 429) return "busy";
  if (status >= 500) return "unavailable";
  return "bad-request";
}

function looksLikeHtml(body: string, response: Response): boolean {
  const type = response.headers.get("content-type") ?? "";
  return type.includes("text/html") || /^\s*</.test(body);
}

/** The registry's plain-text message, without HTML error pages and capped in length. */
function plainMessage(body: string): string {
  const text = body.trim();
  if (!text || text.startsWith("<")) return "";
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

function backoffDelay(attempt: number): number {
  const base = retryPolicy.baseDelayMs * 2 ** (attempt - 1);
  return base + Math.random() * retryPolicy.baseDelayMs;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
