import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { delay, http, HttpResponse } from "msw";
import { server } from "../testing/server";
import { API_BASE } from "./config";
import { ApiError } from "./api-error";
import { getJson, retryPolicy } from "./http";
import { isRegistryStillTrying, subscribeStillTrying } from "./still-trying";
import { fetchStudy } from "./studies";

const url = `${API_BASE}/studies/NCT02513394`;

/** Answers each request with the next response in the list and records what arrived (and when, in `arrivedAt`). */
function respondInTurn(...responses: Array<() => Response | Promise<Response>>) {
  const arrivedAt: number[] = [];
  const requests = Object.assign([] as Request[], { arrivedAt });
  server.use(
    http.get(url, ({ request }) => {
      requests.push(request);
      arrivedAt.push(Date.now());
      const next = responses[Math.min(requests.length - 1, responses.length - 1)];
      return next ? next() : HttpResponse.error();
    }),
  );
  return requests;
}

/** A registry that accepts the connection and never answers. */
const hang = async (): Promise<Response> => {
  await delay("infinite");
  return HttpResponse.error();
};

const text = (body: string, status: number) => new HttpResponse(body, { status, headers: { "content-type": "text/plain" } });
const fetchIt = () => getJson("/studies/NCT02513394", {}, new AbortController().signal);

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe("registry client", () => {
  let onLine: PropertyDescriptor | undefined;
  beforeEach(() => {
    onLine = Object.getOwnPropertyDescriptor(window.navigator, "onLine");
  });
  afterEach(() => {
    if (onLine) Object.defineProperty(window.navigator, "onLine", onLine);
    else Reflect.deleteProperty(window.navigator, "onLine");
  });

  test("sends a plain GET with no custom headers (no CORS preflight)", async () => {
    const requests = respondInTurn(() => HttpResponse.json({ ok: 1 }));
    await expect(fetchIt()).resolves.toEqual({ ok: 1 });
    expect(requests).toHaveLength(1);
    const sent = [...requests[0]!.headers.keys()].filter((name) => !["accept", "accept-language", "user-agent", "accept-encoding"].includes(name));
    expect(sent).toEqual([]);
    expect(requests[0]!.method).toBe("GET");
  });

  test("retries a 429 and returns the later success", async () => {
    const requests = respondInTurn(() => text("Too many requests", 429), () => HttpResponse.json({ ok: 2 }));
    await expect(fetchIt()).resolves.toEqual({ ok: 2 });
    expect(requests).toHaveLength(2);
  });

  test("gives up after 3 tries and says the registry is busy", async () => {
    const requests = respondInTurn(() => text("Slow down", 429));
    const error = await failure(fetchIt());
    expect(error).toMatchObject({ kind: "busy", status: 429, registryMessage: "Slow down" });
    expect(requests).toHaveLength(3);
  });

  test("retries 5xx, then reports the registry unavailable", async () => {
    const requests = respondInTurn(() => text("upstream error", 503));
    const error = await failure(fetchIt());
    expect(error).toMatchObject({ kind: "unavailable", status: 503 });
    expect(requests).toHaveLength(3);
  });

  test("a 404 is 'not found', not retried, with the registry's plain-text message", async () => {
    const requests = respondInTurn(() => text("Study not found", 404));
    const error = await failure(fetchIt());
    expect(error).toMatchObject({ kind: "not-found", status: 404, registryMessage: "Study not found" });
    expect(requests).toHaveLength(1);
  });

  test("a 400 body is kept as text even when it looks like JSON", async () => {
    respondInTurn(() => text('{"error": "unknown parameter"}', 400));
    const error = await failure(fetchIt());
    expect(error).toMatchObject({ kind: "bad-request", status: 400, registryMessage: '{"error": "unknown parameter"}' });
  });

  test("an HTML page with status 200 is an error, not data", async () => {
    const requests = respondInTurn(() => new HttpResponse("<html><body>Maintenance</body></html>", { status: 200, headers: { "content-type": "text/html" } }));
    const error = await failure(fetchIt());
    expect(error.kind).toBe("unavailable");
    expect(requests).toHaveLength(3);
  });

  test("an HTML error page does not leak into the message", async () => {
    respondInTurn(() => new HttpResponse("<html>502 Bad Gateway</html>", { status: 502, headers: { "content-type": "text/html" } }));
    const error = await failure(fetchIt());
    expect(error).toMatchObject({ kind: "unavailable", status: 502, registryMessage: "" });
  });

  test("a network failure while the browser is offline is reported as offline, without retrying", async () => {
    Object.defineProperty(window.navigator, "onLine", { configurable: true, get: () => false });
    const requests = respondInTurn(() => HttpResponse.error());
    const error = await failure(fetchIt());
    expect(error).toMatchObject({ kind: "offline", status: 0 });
    expect(requests).toHaveLength(1);
  });

  test("a network failure while online is retried and then reported unavailable", async () => {
    const requests = respondInTurn(() => HttpResponse.error());
    const error = await failure(fetchIt());
    expect(error).toMatchObject({ kind: "unavailable", status: 0 });
    expect(requests).toHaveLength(3);
  });

  test("aborting stops the request and any retries", async () => {
    const controller = new AbortController();
    const requests = respondInTurn(() => text("busy", 429));
    const pending = getJson("/studies/NCT02513394", {}, controller.signal);
    controller.abort(new DOMException("left the page", "AbortError"));
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    const seen = requests.length;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(requests.length).toBe(seen);
    expect(seen).toBeLessThanOrEqual(1);
  });

  test("a JSON body that is not a study becomes an error, not a crash", async () => {
    respondInTurn(() => HttpResponse.json(["not", "a", "study"]));
    const error = await failure(fetchStudy("NCT02513394", new AbortController().signal));
    expect(error.kind).toBe("unavailable");
  });
});

describe("timeouts, the overall budget and Retry-After", () => {
  const defaults = { ...retryPolicy };
  afterEach(() => Object.assign(retryPolicy, defaults));

  const elapsedSince = (start: number) => Date.now() - start;
  const gap = (requests: { arrivedAt: number[] }) => requests.arrivedAt[1]! - requests.arrivedAt[0]!;

  test("a try that gets no answer times out and is retried; meanwhile the registry is 'still trying'", async () => {
    Object.assign(retryPolicy, { tryTimeoutMs: 50, budgetMs: 2_000 });
    const seen: boolean[] = [];
    const unsubscribe = subscribeStillTrying(() => seen.push(isRegistryStillTrying()));
    const requests = respondInTurn(hang, () => HttpResponse.json({ ok: 3 }));
    await expect(fetchIt()).resolves.toEqual({ ok: 3 });
    unsubscribe();
    expect(requests).toHaveLength(2);
    expect(seen).toEqual([true, false]);
  });

  test("a registry that never answers: 3 tries, then 'timeout', never past the budget", async () => {
    // Three 100 ms tries would take 300 ms: the budget cuts the third one short.
    Object.assign(retryPolicy, { tryTimeoutMs: 100, budgetMs: 250 });
    const requests = respondInTurn(hang);
    const start = Date.now();
    const error = await failure(fetchIt());
    const elapsed = elapsedSince(start);
    expect(error).toMatchObject({ kind: "timeout", status: 0 });
    expect(requests).toHaveLength(3);
    expect(elapsed).toBeGreaterThanOrEqual(240);
    expect(elapsed).toBeLessThan(250 + 60); // timer slack only
    expect(isRegistryStillTrying()).toBe(false);
  });

  test("no backoff sleep goes past the budget: the error comes at once instead", async () => {
    Object.assign(retryPolicy, { baseDelayMs: 400, budgetMs: 200 });
    const requests = respondInTurn(() => text("upstream error", 503));
    const start = Date.now();
    const error = await failure(fetchIt());
    expect(error.kind).toBe("unavailable");
    expect(requests).toHaveLength(1);
    expect(elapsedSince(start)).toBeLessThan(150);
  });

  test("the caller's abort stops a hung try at once and is not a timeout", async () => {
    Object.assign(retryPolicy, { tryTimeoutMs: 5_000 });
    const controller = new AbortController();
    const requests = respondInTurn(hang);
    const pending = getJson("/studies/NCT02513394", {}, controller.signal);
    await new Promise((resolve) => setTimeout(resolve, 30));
    const start = Date.now();
    controller.abort(new DOMException("left the page", "AbortError"));
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    expect(elapsedSince(start)).toBeLessThan(50);
    expect(requests).toHaveLength(1);
  });

  test("an abort after a timeout, while retrying, ends the 'still trying' state", async () => {
    Object.assign(retryPolicy, { tryTimeoutMs: 30, budgetMs: 5_000 });
    const controller = new AbortController();
    respondInTurn(hang);
    const pending = getJson("/studies/NCT02513394", {}, controller.signal);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(isRegistryStillTrying()).toBe(true);
    controller.abort(new DOMException("left the page", "AbortError"));
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    expect(isRegistryStillTrying()).toBe(false);
  });

  test("a short Retry-After is waited exactly, instead of the backoff", async () => {
    Object.assign(retryPolicy, { baseDelayMs: 1 });
    const requests = respondInTurn(
      () => new HttpResponse("Too Many Requests", { status: 429, headers: { "retry-after": "1" } }),
      () => HttpResponse.json({ ok: 4 }),
    );
    await expect(fetchIt()).resolves.toEqual({ ok: 4 });
    expect(gap(requests)).toBeGreaterThanOrEqual(990);
    expect(gap(requests)).toBeLessThan(1_300);
  });

  test("a long Retry-After stops at once and says how long to wait", async () => {
    const requests = respondInTurn(() => new HttpResponse("Too Many Requests", { status: 429, headers: { "retry-after": "120" } }));
    const start = Date.now();
    const error = await failure(fetchIt());
    expect(error).toMatchObject({ kind: "busy", status: 429, retryAfterMs: 120_000 });
    expect(requests).toHaveLength(1);
    expect(elapsedSince(start)).toBeLessThan(200);
  });

  test("a long Retry-After as an HTTP date stops at once too", async () => {
    const at = new Date(Date.now() + 3 * 60_000).toUTCString();
    const requests = respondInTurn(() => new HttpResponse("", { status: 429, headers: { "retry-after": at } }));
    const error = await failure(fetchIt());
    expect(requests).toHaveLength(1);
    expect(error.retryAfterMs).toBeGreaterThan(2 * 60_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(3 * 60_000);
  });

  test("a short Retry-After that would pass the budget ends the request at once", async () => {
    Object.assign(retryPolicy, { budgetMs: 500 });
    const requests = respondInTurn(() => new HttpResponse("", { status: 429, headers: { "retry-after": "2" } }));
    const error = await failure(fetchIt());
    expect(error).toMatchObject({ kind: "busy", retryAfterMs: 2_000 });
    expect(requests).toHaveLength(1);
  });

  test.each([["no header", undefined], ["a garbage header", "soon"]])("%s: the usual backoff", async (_, header) => {
    Object.assign(retryPolicy, { baseDelayMs: 200 });
    const headers: Record<string, string> = header ? { "retry-after": header } : {};
    const requests = respondInTurn(
      () => new HttpResponse("Too Many Requests", { status: 429, headers }),
      () => HttpResponse.json({ ok: 5 }),
    );
    await expect(fetchIt()).resolves.toEqual({ ok: 5 });
    // Backoff after the first try: 200 ms plus up to 200 ms of jitter.
    expect(gap(requests)).toBeGreaterThanOrEqual(195);
    expect(gap(requests)).toBeLessThan(800);
  });
});
