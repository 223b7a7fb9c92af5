package main

import (
	"encoding/json"
	"strings"
	"testing"
)

const sample = "<!-- notebook seed=\"000_x.txt\" -->\n" +
	"<!-- cell markdown seed=\"000 text 1\" -->\n# 제목\n\n본문\n\n" +
	"<!-- cell code seed=\"000 cell 1 In [1]\" compare=\"lines-any-order\" mask=`스레드 \\d+` -->\n" +
	"```go\nfmt.Println(\"a < b\")\n\nfmt.Println(2)\n```\n"

func TestParseAndEncode(t *testing.T) {
	nb, err := Parse(sample)
	if err != nil {
		t.Fatal(err)
	}
	if len(nb.Cells) != 2 {
		t.Fatalf("got %d cells, want 2", len(nb.Cells))
	}
	md, code := nb.Cells[0], nb.Cells[1]
	if md.CellType != "markdown" || md.ID != "md-000-text-1" || strings.Join(md.Source, "") != "# 제목\n\n본문" {
		t.Errorf("markdown cell = %+v", md)
	}
	if code.ID != "000-cell-1-in-1" || code.Metadata.Gonotes.Mask != `스레드 \d+` ||
		code.Metadata.Gonotes.Compare != "lines-any-order" {
		t.Errorf("code cell = %+v", code)
	}
	if got := strings.Join(code.Source, ""); got != "fmt.Println(\"a < b\")\n\nfmt.Println(2)" {
		t.Errorf("code source = %q", got)
	}
	data, err := Encode(nb)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `a < b`) || !strings.Contains(string(data), `"outputs": []`) {
		t.Errorf("encoding escapes HTML or drops outputs:\n%s", data)
	}
	var back map[string]any
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if back["nbformat"].(float64) != 4 || back["nbformat_minor"].(float64) != 5 {
		t.Errorf("nbformat = %v.%v", back["nbformat"], back["nbformat_minor"])
	}
}

func TestKeepOutputs(t *testing.T) {
	nb, err := Parse(sample)
	if err != nil {
		t.Fatal(err)
	}
	one := 1
	nb.Metadata.LanguageInfo.Version = "1.26.8" // stored by gonotes run
	nb.Cells[1].ExecutionCount = &one
	nb.Cells[1].Outputs = []json.RawMessage{json.RawMessage(`{"name":"stdout","output_type":"stream","text":["a < b\n","2\n"]}`)}
	old, err := Encode(nb)
	if err != nil {
		t.Fatal(err)
	}
	fresh, _ := Parse(sample)
	if err := keepOutputs(fresh, old); err != nil {
		t.Fatal(err)
	}
	if len(fresh.Cells[1].Outputs) != 1 || *fresh.Cells[1].ExecutionCount != 1 {
		t.Errorf("outputs not kept for an unchanged cell")
	}
	if li := fresh.Metadata.LanguageInfo; li.Version != "1.26.8" || li.NbconvertExporter != "script" {
		t.Errorf("language_info %+v: want the stored version and nbconvert_exporter, as the kernel reports them", li)
	}
	changed, _ := Parse(strings.Replace(sample, "Println(2)", "Println(3)", 1))
	if err := keepOutputs(changed, old); err != nil {
		t.Fatal(err)
	}
	if len(changed.Cells[1].Outputs) != 0 || changed.Cells[1].ExecutionCount != nil {
		t.Errorf("outputs kept for a changed cell")
	}
}

func TestParseErrors(t *testing.T) {
	for _, src := range []string{
		"<!-- cell code seed=\"x\" -->\n```go\nx\n```\n",                               // no notebook header
		"<!-- notebook seed=\"s\" -->\n<!-- cell code seed=\"x\" -->\nfmt.Println()\n", // no fence
		"<!-- notebook seed=\"s\" -->\n<!-- cell code -->\n```go\nx\n```\n",            // no seed/added
		"<!-- notebook seed=\"s\" -->\n<!-- cell code seed=\"x\" compare=\"fuzzy\" -->\n```go\nx\n```\n",
		"<!-- notebook seed=\"s\" -->\n<!-- cell code seed=\"x\" compare=\"pattern\" -->\n```go\nx\n```\n",
	} {
		if _, err := Parse(src); err == nil {
			t.Errorf("Parse(%q) succeeded, want an error", src)
		}
	}
}
