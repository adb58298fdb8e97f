import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { activateLang, loadLang } from "../../i18n/i18n";
import { SearchForm } from "./search-form";
import type { Search } from "./search-types";

function Form() {
  const [value, setValue] = useState<Search>({});
  return <SearchForm value={value} onChange={(next) => setValue(next)} onSubmit={() => {}} />;
}

afterEach(() => activateLang("en"));
// The suggestion's code is a lazy part: here before the tests, so a busy machine does not time them out.
beforeAll(async () => {
  await import("./spanish-suggestion");
});

describe("¿Buscar 'breast cancer'? under a search field", () => {
  it("offers the registry's English term for a Spanish one as it is typed, and puts it in the field", async () => {
    await loadLang("es");
    act(() => activateLang("es"));
    const user = userEvent.setup();
    render(<Form />);
    const field = screen.getByRole("textbox", { name: /Enfermedad/ });
    await user.type(field, "Cancer de mama");
    const offer = await screen.findByRole("button", { name: "¿Buscar 'breast cancer'?" });
    expect(offer.querySelector('[lang="en"]')?.textContent).toContain("breast cancer");
    await user.click(offer);
    expect((field as HTMLInputElement).value).toBe("breast cancer");
    expect(document.activeElement).toBe(field);
    expect(screen.queryByRole("button", { name: /¿Buscar/ })).toBeNull();
  });

  it("offers nothing for English text, or in the English interface", async () => {
    await loadLang("es");
    act(() => activateLang("es"));
    const user = userEvent.setup();
    const { unmount } = render(<Form />);
    await user.type(screen.getByRole("textbox", { name: /Enfermedad/ }), "diabetes");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole("button", { name: /¿Buscar/ })).toBeNull();
    unmount();
    act(() => activateLang("en"));
    render(<Form />);
    await user.type(screen.getByRole("textbox", { name: "Condition or disease" }), "cáncer de mama");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole("button", { name: /Search for/ })).toBeNull();
  });
});
