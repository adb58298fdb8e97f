import { expect, test } from "vitest";
import { render, screen } from "@testing-library/react";
import { ContactLines } from "./contact-lines";

test("an email link writes to the one address shown, never with a cc or a prefilled body", () => {
  render(
    <ContactLines
      contacts={[
        { name: "A", roles: [], email: "study@example.org?cc=someone@else.org&body=Sign%20me%20up" },
        { name: "B", roles: [], email: "https://www.example.org/contact-us@example.org" }, // a web address, as real records hold
        { name: "C", roles: [], email: "c@example.org&body=Hello" },
      ]}
    />,
  );
  const link = screen.getByRole("link", { name: /study@example\.org/ });
  expect(link.getAttribute("href")).toBe("mailto:study@example.org");
  expect(link.textContent).not.toContain("cc=");
  expect(screen.getAllByRole("link")).toHaveLength(1);
  expect(screen.getByText("Email: https://www.example.org/contact-us@example.org")).toBeTruthy();
  expect(screen.getByText("Email: c@example.org&body=Hello")).toBeTruthy();
});
