import { describe, expect, test } from "vitest";
import { sanitizeHtml } from "./sanitize-html";

// The parser already shows raw HTML as text, so the sanitiser is the second line of defence: fed
// hostile HTML directly, it must leave only the allowlist and the allowed link targets.
const clean = (html: string) => {
  const box = document.createElement("div");
  box.append(sanitizeHtml(html));
  return box;
};

describe("the sanitiser alone", () => {
  test.each([
    ["script", "ok<script>alert(1)</script>"],
    ["img onerror", 'ok<img src=x onerror="alert(1)">'],
    ["event handler", '<p onclick="alert(1)">ok</p>'],
    ["svg style mXSS", "ok<svg><style><img src=x onerror=alert(1)></style></svg>"],
    ["math mglyph mXSS", "ok<math><mi><mglyph><style><img src=x onerror=alert(1)>"],
    ["noscript title mXSS", 'ok<noscript><p title="</noscript><img src=x onerror=alert(1)>">'],
    ["iframe", 'ok<iframe src="https://evil.example"></iframe>'],
    ["form", '<form action="https://evil.example"><button>ok</button></form>'],
    ["style attribute", '<p style="position:fixed">ok</p>'],
    ["template", "ok<template><img src=x onerror=alert(1)></template>"],
  ])("%s is removed", (_, html) => {
    const box = clean(html);
    expect(box.querySelector("script, img, svg, math, style, iframe, form, button, template, noscript")).toBeNull();
    for (const el of box.querySelectorAll("*")) expect([...el.attributes].map((a) => a.name)).toEqual([]);
    expect(box.textContent).toContain("ok");
  });

  test.each([
    ["javascript:", "javascript:alert(1)"],
    ["javascript: with spaces and case", "  JaVaScRiPt:alert(1)"],
    ["javascript: split by a tab", "java\tscript:alert(1)"],
    ["data:", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="],
    ["vbscript:", "vbscript:msgbox"],
    ["relative", "/admin"],
    ["protocol-relative", "//evil.example"],
  ])("a %s href is removed", (_, href) => {
    const a = clean(`<a href="${href}">x</a>`).querySelector("a");
    expect(a?.hasAttribute("href")).toBe(false);
  });

  test("allowed links keep their target, written as the parsed URL", () => {
    const box = clean('<a href="HTTPS://Example.org">a</a><a href=" https://example.org/a b ">b</a><a href="mailto:x@example.org" title="t">c</a>');
    expect([...box.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual([
      "https://example.org/",
      "https://example.org/a%20b",
      "mailto:x@example.org",
    ]);
    expect(box.querySelector("a[title]")?.getAttribute("title")).toBe("t");
  });

  test("the allowlist itself survives", () => {
    const html = '<p>a<br><strong>b</strong><em>c</em><code>d</code></p><hr><pre><code>e</code></pre><blockquote><p>f</p></blockquote><ul><li>g</li></ul><ol start="3"><li>h</li></ol>';
    expect(clean(html).innerHTML).toBe(html);
  });
});
