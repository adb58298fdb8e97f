import { API_BASE } from "./config";
import { ApiError, type ApiErrorKind } from "./api-error";

/** Retry policy for 429, 5xx and failed connections: exponential backoff with jitter. */
export const retryPolicy = { maxAttempts: 3, baseDelayMs: 500 };

type Query = Record<string, string | number | boolean | undefined>;

/**
 * GET a registry path and return the parsed JSON body.
 * Plain GET with no custom headers, so browsers send no CORS preflight. Error bodies are plain text
 * and are never parsed as JSON. Aborting `signal` rejects with the abort reason and stops retries.
 */
export async function getJson(path: string, query: Query, signal: AbortSignal): Promise<unknown> {
  const url = buildUrl(path, query);
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptOnce(url, signal);
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      const retryable = error instanceof ApiError && (error.kind === "busy" || error.kind === "unavailable");
      if (!retryable || attempt >= retryPolicy.maxAttempts) throw error;
      await sleep(backoffDelay(attempt), signal);
    }
  }
}

export function buildUrl(path: string, query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ""}`;
}

async function attemptOnce(url: string, signal: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (cause) {
    if (signal.aborted) throw signal.reason;
    const offline = typeof navigator !== "undefined" && navigator.onLine === false;
    throw new ApiError(offline ? "offline" : "unavailable", 0, "", { cause });
  }
  const body = await response.text().catch(() => "");
  if (!response.ok) throw new ApiError(kindForStatus(response.status), response.status, plainMessage(body));
  if (looksLikeHtml(body, response)) throw new ApiError("unavailable", response.status, "The registry sent a web page instead of data.");
  try {
    return JSON.parse(body) as unknown;
  } catch (cause) {
    throw new ApiError("unavailable", response.status, "The registry sent data that could not be read.", { cause });
  }
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
