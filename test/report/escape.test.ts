import { describe, expect, it } from "vitest";
import { cssString, escapeHtml } from "../../src/report/escape.js";

describe("escaping article text", () => {
  it("escapes HTML's five special characters", () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')"> & co`)).toBe("&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; co");
  });

  it("makes a CSS string that can end neither itself nor the style element", () => {
    const s = cssString(`Trade "up" \\ </style><script>x</script>\nnext`);
    expect(s.startsWith('"') && s.endsWith('"')).toBe(true);
    const inner = s.slice(1, -1);
    expect(inner).not.toMatch(/["'<>\n]/);
    expect(inner).not.toMatch(/\\\\(?![0-9a-f])/);
    expect(s).toBe('"Trade \\22 up\\22  \\5c  \\3c /style\\3e \\3c script\\3e x\\3c /script\\3e \\a next"');
    expect(cssString("China–Central Asia: 中国")).toBe('"China–Central Asia: 中国"');
  });
});
