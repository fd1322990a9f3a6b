/**
 * What a page says where a withheld paper or file is listed (src/views/withheld.ts): that there is
 * one, which appendix, and why; never its own title or name, which these views are not even given.
 */
import { describe, expect, it } from "vitest";
import type { ArchiveFile, Document } from "../../src/model/types.ts";
import { withheldSentence } from "../../src/views/withheld.ts";

type Listed = Parameters<typeof withheldSentence>[0];
const parent = { kind: "document" } as Document;

describe("a withheld paper or file, where it is listed", () => {
  it("is a paper or a file to follow, while under embargo", () => {
    expect(withheldSentence({ kind: "document", withheld: "embargo", exempt: [] } as Listed)).toBe("A paper is to follow.");
    expect(withheldSentence({ kind: "file", withheld: "embargo", exempt: [] } as Listed)).toBe("A file is to follow.");
  });

  it("is named by its appendix label when it is a paper's appendix, and only then", () => {
    expect(withheldSentence({ kind: "file", withheld: "embargo", exempt: [], parent, appendixLabel: "B" } as Listed)).toBe("Appendix B is to follow.");
    expect(withheldSentence({ kind: "document", withheld: "exempt", exempt: [], parent, appendixLabel: "2" } as Listed)).toBe("Appendix 2 is exempt.");
    expect(withheldSentence({ kind: "file", withheld: "exempt", exempt: [], appendixLabel: "B" } as Listed)).toBe("A file is exempt.");
  });

  it("cites the paragraphs it is exempt under, in the site's own law when it names one", () => {
    expect(withheldSentence({ kind: "document", withheld: "exempt", exempt: [1, 3] } as Listed)).toBe("A paper is exempt (paragraphs 1 and 3 of Part 1 of Schedule 12A to the Local Government Act 1972).");
    expect(withheldSentence({ kind: "document", withheld: "exempt", exempt: [3] } as Listed, "Schedule 7A to the Local Government (Wales) Measure")).toBe("A paper is exempt (paragraph 3 of Schedule 7A to the Local Government (Wales) Measure).");
  });

  it("says exempt, not to follow, for an exempt paper that also carries an embargo", () => {
    const both: Pick<ArchiveFile, "kind" | "withheld" | "exempt"> = { kind: "file", withheld: "exempt", exempt: [] };
    expect(withheldSentence(both as Listed)).toBe("A file is exempt.");
  });
});
