package eval

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"strings"
	"testing"
)

// In race mode, each statement that may start a thread is preceded by
// __gonotes.At(pos) in the same statement list: the variables it declares
// stay visible to the statements after it.
func TestRaceAtKeepsDeclarations(t *testing.T) {
	src := "package main\nfunc f() {\n\tf1 := ex.Submit(task)\n\tt.Start()\n\tfmt.Println(f1)\n\tfor i := 0; i < 2; i++ {\n\t\tts[i].Start()\n\t}\n}\n"
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "x.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	r := &rewriter{race: true, noCheck: true}
	r.rewrite(f)
	var b bytes.Buffer
	if err := printer.Fprint(&b, fset, f); err != nil {
		t.Fatal(err)
	}
	body := f.Decls[0].(*ast.FuncDecl).Body.List
	if len(body) != 6 {
		t.Fatalf("want 6 statements (two At calls added), got %d:\n%s", len(body), b.String())
	}
	if _, ok := body[1].(*ast.AssignStmt); !ok {
		t.Errorf("f1 := ... is no longer a statement of the function's body:\n%s", b.String())
	}
	if n := strings.Count(b.String(), rtName+".At("); n != 3 {
		t.Errorf("want 3 At calls, got %d:\n%s", n, b.String())
	}
}

// parseRaceReports reads the race runtime's report format.
func TestParseRaceReports(t *testing.T) {
	text := "==================\nWARNING: DATA RACE\nWrite at 0x00c0000a2010 by goroutine 8:\n  main.f()\n      /x/main.go:9 +0x44\n  github.com/gonotes/gonotes/kernel/eval.raceTramp03()\n      /x/racetramp.go:12 +0x2f\n\nPrevious read at 0x00c0000a2010 by main goroutine:\n  main.main()\n      /x/main.go:5 +0x33\n\nGoroutine 8 (running) created at:\n  main.main()\n      /x/main.go:4 +0x2e\n==================\n==================\nWARNING: DATA RACE\nRead at"
	reps, rest := parseRaceReports(text)
	if len(reps) != 1 || rest != "==================\nWARNING: DATA RACE\nRead at" {
		t.Fatalf("got %d reports, rest %q", len(reps), rest)
	}
	r := reps[0]
	if r.addr != 0xc0000a2010 || len(r.accesses) != 2 {
		t.Fatalf("report %+v", r)
	}
	a, b := r.accesses[0], r.accesses[1]
	if a.kind != "write" || a.previous || a.g != "8" || len(a.frames) != 2 || !strings.Contains(a.frames[1], "raceTramp03") {
		t.Errorf("first access %+v", a)
	}
	if b.kind != "read" || !b.previous || b.g != "main" {
		t.Errorf("second access %+v", b)
	}
}
