/** The help page's function reference, rendered from functions.json (scripts/webpack/help-page.js). */
// CommonJS build helper, as webpack.config.js loads it.
const { renderFunctions, anchorOf } = require("../../scripts/webpack/help-page");

describe("renderFunctions", () => {
  const html: string = renderFunctions(
    {
      functions: [
        {
          name: "RAG",
          description: 'Rates a value "Green", "Amber" or "Red" <by> two thresholds & a direction.',
          parameters: [
            { name: "value", description: "The value." },
            { name: "higher_is_better", description: "TRUE when higher is better.", optional: true },
          ],
        },
        { name: "TODAY_FY", description: "This financial year.", parameters: [] },
      ],
    },
    "CSC",
  );

  it("gives each function a section whose id its @helpurl anchor names", () => {
    expect(anchorOf("CSC", "RAG")).toBe("CSC.RAG");
    expect(html).toContain('<section id="CSC.RAG">');
    expect(html).toContain('<section id="CSC.TODAY_FY">');
  });

  it("shows the signature with optional arguments in brackets, and each argument", () => {
    expect(html).toContain("<code>CSC.RAG(value, [higher_is_better])</code>");
    expect(html).toContain("<code>CSC.TODAY_FY()</code>");
    expect(html).toContain("<li><code>higher_is_better</code> (optional): TRUE when higher is better.</li>");
  });

  it("escapes the JSDoc text", () => {
    expect(html).toContain(
      "Rates a value &#34;Green&#34;, &#34;Amber&#34; or &#34;Red&#34; &#60;by&#62; two thresholds &#38; a direction.",
    );
    expect(html).not.toContain("<by>");
  });
});
