import { expect, test, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ApiError } from "../api/api-error";
import { RegistryErrorMessage } from "./registry-error-message";

test("a registry that asked us to wait says when to try again, and still offers a retry", async () => {
  const onRetry = vi.fn();
  render(<RegistryErrorMessage error={new ApiError("busy", 429, "", { retryAfterMs: 120_000 })} onRetry={onRetry} />);
  screen.getByRole("heading", { name: "The registry asks us to wait" });
  expect(screen.getByRole("alert").textContent).toContain("Please try again in about 2 minutes.");
  await userEvent.click(screen.getByRole("button", { name: "Try again" }));
  expect(onRetry).toHaveBeenCalledOnce();
});

test("busy without a Retry-After keeps the general wording", () => {
  render(<RegistryErrorMessage error={new ApiError("busy", 429)} />);
  screen.getByRole("heading", { name: "The registry is busy" });
  expect(screen.getByRole("alert").textContent).toContain("Please wait a minute and try again.");
});

test("a registry that never answered is told apart from one that is down", () => {
  render(<RegistryErrorMessage error={new ApiError("timeout", 0)} onRetry={() => {}} />);
  screen.getByRole("heading", { name: "The registry is not answering" });
  screen.getByRole("button", { name: "Try again" });
});
