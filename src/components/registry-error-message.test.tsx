import { afterEach, expect, test, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ApiError } from "../api/api-error";
import { RegistryErrorMessage } from "./registry-error-message";

afterEach(() => {
  vi.doUnmock("./registry-error-details");
  vi.resetModules();
});

test("a registry that asked us to wait says when to try again, and still offers a retry", async () => {
  const onRetry = vi.fn();
  render(<RegistryErrorMessage error={new ApiError("busy", 429, "", { retryAfterMs: 120_000 })} onRetry={onRetry} />);
  await screen.findByRole("heading", { name: "The registry asks us to wait" });
  expect(screen.getByRole("alert").textContent).toContain("Please try again in about 2 minutes.");
  await userEvent.click(screen.getByRole("button", { name: "Try again" }));
  expect(onRetry).toHaveBeenCalledOnce();
});

test("busy without a Retry-After keeps the general wording", async () => {
  render(<RegistryErrorMessage error={new ApiError("busy", 429)} />);
  await screen.findByRole("heading", { name: "The registry is busy" });
  expect(screen.getByRole("alert").textContent).toContain("Please wait a minute and try again.");
});

test("a registry that never answered is told apart from one that is down", async () => {
  render(<RegistryErrorMessage error={new ApiError("timeout", 0)} onRetry={() => {}} />);
  await screen.findByRole("heading", { name: "The registry is not answering" });
  screen.getByRole("button", { name: "Try again" });
});

/** The component, fresh, with its explanation's code failing to load (no connection). */
async function withoutDetails() {
  vi.resetModules();
  vi.doMock("./registry-error-details", () => {
    throw new Error("Failed to fetch dynamically imported module");
  });
  const { RegistryErrorMessage } = await import("./registry-error-message");
  const { ApiError } = await import("../api/api-error"); // the same class as the fresh modules check against
  return { Fresh: RegistryErrorMessage, FreshError: ApiError };
}

test("when the explanation itself cannot load (the connection is gone), a short one says what to do, with the retry", async () => {
  const { Fresh, FreshError } = await withoutDetails();
  const onRetry = vi.fn();
  render(<Fresh error={new FreshError("unavailable", 503)} onRetry={onRetry} />);
  await screen.findByRole("heading", { name: "The registry could not be reached" });
  expect(screen.getByRole("alert").textContent).toContain("Check your connection, then try again.");
  await userEvent.click(screen.getByRole("button", { name: "Try again" }));
  expect(onRetry).toHaveBeenCalledOnce();
});

test("offline, what stops that code most often, is still said as such", async () => {
  const { Fresh, FreshError } = await withoutDetails();
  render(<Fresh error={new FreshError("offline", 0)} onRetry={() => {}} />);
  await screen.findByRole("heading", { name: "You are offline" });
  expect(screen.getByRole("alert").textContent).toContain("Check your connection, then try again.");
});
