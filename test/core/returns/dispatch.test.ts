import { peekSource, sourceForm } from "../../../src/core/returns";

describe("sourceForm: a file's reader from its content, never its name", () => {
  it.each([
    ["CHILD,SEX,DOB\n", "ssda903-csv"],
    ["\uFEFFCHILD,DECOM\n", "ssda903-csv"],
    ["<?xml version='1.0'?>\n<EXPSSDA903><CHILD>", "ssda903-xml"],
    ["\uFEFF<!-- exported --><EXPSSDA903>", "ssda903-xml"],
    ['<?xml version="1.0"?><Message xmlns="http://www.dcsf.gov.uk/schemas/cbds">', "cin-xml"],
    ["<x:Message>", "cin-xml"],
    ["<html>", "other-xml"],
  ])("%j is %s", (head, form) => expect(sourceForm(head)).toBe(form));
});

it("peekSource gives the head and the whole text again, whatever the chunks", async () => {
  const chunks = ["ab", "cd", "ef", "gh"];
  const { head, source } = await peekSource({ name: "f", chunks }, 3);
  expect(head).toBe("abcd");
  let all = "";
  for await (const c of source.chunks) all += c;
  expect(all).toBe("abcdefgh");
});
