import { act, render, screen } from "@testing-library/react";
import { Outlet, RouterProvider, createMemoryRouter, useParams } from "react-router";
import { describe, expect, test } from "vitest";
import { useHeadingFocus } from "./use-heading-focus";

function Shell() {
  useHeadingFocus();
  return (
    <main>
      <Outlet />
    </main>
  );
}
const Page = () => <h1>{`Page ${useParams().name}`}</h1>;

function setUp() {
  const router = createMemoryRouter([{ element: <Shell />, children: [{ path: "/page/:name", element: <Page /> }] }], {
    initialEntries: ["/page/a"],
  });
  render(<RouterProvider router={router} />);
  return (to: string, options?: { replace?: boolean; state?: unknown }) => act(() => router.navigate(to, options));
}

describe("useHeadingFocus", () => {
  test("a new page focuses its h1; the first load does not", async () => {
    const go = setUp();
    expect(document.activeElement).toBe(document.body);
    await go("/page/b");
    expect(document.activeElement).toBe(screen.getByRole("heading", { level: 1, name: "Page b" }));
    expect(document.activeElement?.getAttribute("tabindex")).toBe("-1");
  });

  test("a query change on the same page, a #section link, a redirect and a submit leave focus alone", async () => {
    const go = setUp();
    await go("/page/a?cond=x", { replace: true });
    await go("/page/a?cond=y");
    await go("/page/c#eligibility");
    await go("/page/d", { replace: true });
    await go("/page/e", { state: { focusResults: true } });
    expect(document.activeElement).toBe(document.body);
  });
});
