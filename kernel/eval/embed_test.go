package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGoEmbed: a cell's //go:embed variables get the files of the
// notebook's folder (the kernel's working directory), as `go run` gives a
// program those of its package's directory; what go build refuses is
// refused with its words.
func TestGoEmbed(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{"hello.txt": "hello embed\n", "data/a.txt": "a", "data/b.txt": "b"} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	ts := newSession(t)
	c := ts.ok(`import _ "embed"

//go:embed hello.txt
var s string

//go:embed hello.txt
var b []byte

var (
	//go:embed "data/a.txt"
	a string
)

fmt.Printf("%q %d %q\n", s, len(b), a)`)
	if got, want := c.stdout.String(), "\"hello embed\\n\" 12 \"a\"\n"; got != want {
		t.Errorf("stdout %q, want %q", got, want)
	}
	for _, tc := range []struct{ cell, want string }{
		{"//go:embed missing.txt\nvar m string", "pattern missing.txt: no matching files found"},
		{"//go:embed data\nvar d string", "invalid go:embed: multiple files for type string"},
		{"//go:embed data/*.txt\nvar d []byte", "invalid go:embed: multiple files for type []byte"},
		{"//go:embed hello.txt\nvar n int", "go:embed cannot apply to var of type int"},
		{"//go:embed hello.txt\nvar v = \"x\"", "go:embed cannot apply to var with initializer"},
		{"import \"embed\"\n//go:embed data\nvar fs embed.FS", "os.DirFS"},
		{"//go:embed ../x\nvar u string", "pattern ../x: invalid pattern syntax"},
	} {
		_, e := ts.fails(tc.cell)
		if e == nil || !strings.Contains(e.Value, tc.want) {
			t.Errorf("%q: error %v, want one with %q", tc.cell, e, tc.want)
		}
	}
	// The variables of the first cell are kept.
	if c := ts.ok("len(s) + len(a)"); c.text() != "13" {
		t.Errorf("len(s) + len(a) = %q", c.text())
	}
}

// TestImportCIsClear: a pasted cgo program gets an error that says what
// is missing, not "package location ... not in GOPATH".
func TestImportCIsClear(t *testing.T) {
	ts := newSession(t)
	_, e := ts.fails("package main\n\n// #include <stdio.h>\nimport \"C\"\n\nfunc main() { C.puts(C.CString(\"hi\")) }")
	if e == nil || e.Name != "ImportError" || !strings.Contains(e.Value, "cgo is not available in a cell") {
		t.Errorf("error %v, want an ImportError about cgo", e)
	}
	if c := ts.ok("1 + 1"); c.text() != "2" {
		t.Errorf("after the cgo cell: %q", c.text())
	}
}
