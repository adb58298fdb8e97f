import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { http, HttpResponse } from "msw";
import { server } from "../testing/server";
import { API_BASE } from "./config";
import { ApiError } from "./api-error";
import { getJson } from "./http";
import { fetchStudy } from "./studies";

const url = `${API_BASE}/studies/NCT02513394`;

/** Answers each request with the next response in the list and records what arrived. */
function respondInTurn(...responses: Array<() => Response>) {
  const requests: Request[] = [];
  server.use(
    http.get(url, ({ request }) => {
      requests.push(request);
      const next = responses[Math.min(requests.length - 1, responses.length - 1)];
      return next ? next() : HttpResponse.error();
    }),
  );
  return requests;
}

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
