import { act } from "react";
import { expect, test } from "vitest";
import { render, screen } from "@testing-library/react";
import { markStillTrying } from "../api/still-trying";
import { StillTrying } from "./still-trying";

test("says nothing until a try has timed out, then says it once, politely", () => {
  render(<StillTrying />);
  const status = screen.getByRole("status");
  expect(status.textContent).toBe("");
  let end = () => {};
  act(() => {
    end = markStillTrying();
  });
  expect(status.textContent).toBe("The registry is not answering, still trying…");
  act(() => end());
  expect(status.textContent).toBe("");
});

test("stays quiet where nothing is loading", () => {
  const end = markStillTrying();
  render(<StillTrying active={false} />);
  expect(screen.getByRole("status").textContent).toBe("");
  end();
});
