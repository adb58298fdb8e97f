import type { ReactNode } from "react";
import { describe, expect, test } from "vitest";
import { renderHook } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { Providers } from "../../app/providers";
import { createQueryClient } from "../../app/query-client";
import { parseNear } from "../../lib/geo/near";
import { useStudyHref } from "./study-href";
import { originQueryKey } from "./use-origin";

function hrefAt(search: string, client = createQueryClient()) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <Providers client={client}>
      <MemoryRouter initialEntries={[`/search${search}`]}>{children}</MemoryRouter>
    </Providers>
  );
  return renderHook(() => useStudyHref(), { wrapper }).result.current("NCT06791122");
}

describe("a result's study link", () => {
  test("carries a point near as it is, and nothing else of the search", () => {
    expect(hrefAt("?cond=schizophrenia&near=42.36,-71.06&radius=25mi")).toBe("/study/NCT06791122?near=42.36,-71.06");
  });

  test("carries a ZIP or town as the point the search found, rounded", () => {
    const client = createQueryClient();
    const zip = parseNear("02115");
    if (!zip?.ok) throw new Error("02115 should parse");
    client.setQueryData(originQueryKey(zip.near), { lat: 42.3426, lon: -71.0999 });
    expect(hrefAt("?cond=schizophrenia&near=02115", client)).toBe("/study/NCT06791122?near=42.34,-71.1");
  });

  test("stays canonical without a near, with a bad one, or before the place is found", () => {
    expect(hrefAt("?cond=schizophrenia")).toBe("/study/NCT06791122");
    expect(hrefAt("?near=999,5")).toBe("/study/NCT06791122");
    expect(hrefAt("?near=02115")).toBe("/study/NCT06791122");
  });
});
