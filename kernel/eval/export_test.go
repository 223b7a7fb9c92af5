package eval

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"
)

// typeCheck type-checks an exported program (standard library imports
// only), as the compiler would: unused variables and imports are errors.
func typeCheck(t *testing.T, src []byte) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "main.go", src, 0)
	if err != nil {
		t.Fatalf("the program does not parse: %v\n%s", err, src)
	}
	var errs []string
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil), Error: func(err error) { errs = append(errs, err.Error()) }}
	_, _ = conf.Check("main", fset, []*ast.File{f}, nil)
	if len(errs) > 0 {
		t.Fatalf("the program does not compile:\n%s\n%s", strings.Join(errs, "\n"), src)
	}
}

// TestExportRedefinitions: a notebook redefines a func with another
// signature and makes a variable again with := (another type): each cell
// keeps using the definition it saw, through renamed ones.
func TestExportRedefinitions(t *testing.T) {
	src, err := Export("t.ipynb", []string{
		"import \"fmt\"\nfunc f() int { return 1 }\nx := f()\nfmt.Println(x)",
		"func f() string { return \"two\" }\nx := f() + \"!\"\nfmt.Println(x, len(x))",
		"type T struct{ n int }\nfunc (t T) N() int { return t.n }",
		"type T struct{ s string }\nfunc (t T) S() string { return t.s }\nfmt.Println(T{\"s\"}.S())",
		"y := 3 // never used",
		"y := \"again\"\nfmt.Println(y)",
	})
	if err != nil {
		t.Fatal(err)
	}
	typeCheck(t, src)
	for _, want := range []string{"func f_2() string", "x_2 := f_2() + \"!\"", "fmt.Println(x_2, len(x_2))",
		"type T_2 struct{ s string }", "func (t T_2) S() string", "T_2{\"s\"}.S()", "_ = y", "y_2 := \"again\""} {
		if !strings.Contains(string(src), want) {
			t.Errorf("no %q in\n%s", want, src)
		}
	}
}

// TestExportMagicsResultsAndErrors: magic and shell lines become comments
// (a %%time cell keeps its body), a cell's final expression is printed,
// a cell that does not parse is kept as a comment, and a var that uses a
// variable of main stays in main.
func TestExportMagicsResultsAndErrors(t *testing.T) {
	src, err := Export("t.ipynb", []string{
		"%%time\nn := 2",
		"%time n * 2\n!ls {n}\nn + 1",
		"import \"strings\"\nstrings.ToUpper(\"a\")",
		"func (",
		"var twice = n * 2\ntwice",
		"%env",
	})
	if err != nil {
		t.Fatal(err)
	}
	typeCheck(t, src)
	for _, want := range []string{"// %%time (a notebook magic: not run)", "// %time n * 2 (a notebook magic: not run)",
		"// !ls {n} (a notebook shell line: not run)", "fmt.Println(n + 1)", "strings.ToUpper(\"a\")\n",
		"// cell 4: not Go", "// func (", "var twice = n * 2", "fmt.Println(twice)", "// %env (a notebook magic: not run)"} {
		if !strings.Contains(string(src), want) {
			t.Errorf("no %q in\n%s", want, src)
		}
	}
	if strings.Index(string(src), "var twice") < strings.Index(string(src), "func main()") {
		t.Errorf("var twice is outside main:\n%s", src)
	}
}

// TestExportCellMain: a cell's func main (which the engine runs after the
// cell, as go run would) becomes another func, called there.
func TestExportCellMain(t *testing.T) {
	src, err := Export("t.ipynb", []string{
		"import \"fmt\"\nfunc main() { fmt.Println(\"cell main\") }",
		"func main() { fmt.Println(\"again\") }",
	})
	if err != nil {
		t.Fatal(err)
	}
	typeCheck(t, src)
	for _, want := range []string{"func main_2() {", "func main_3() {", "main_2() // the cell's func main", "main_3() // the cell's func main"} {
		if !strings.Contains(string(src), want) {
			t.Errorf("no %q in\n%s", want, src)
		}
	}
}

// TestExportFuncUsingMainVariables: a func that uses a variable made by a
// cell's statement (or calls such a func) becomes a func variable of main,
// after the variable, recursion included; the others stay at the package
// level.
func TestExportFuncUsingMainVariables(t *testing.T) {
	src, err := Export("t.ipynb", []string{
		"import \"fmt\"\nfunc twice(n int) int { return 2 * n }\nfunc count() int { counter++; return counter }\ncounter := 10\nfmt.Println(count())",
		"func fact(n int) int { if n == 0 { return base }; return n * fact(n-1) }\nfunc both() int { return fact(3) + count() }\nbase := 1\nfmt.Println(both(), twice(2))",
		"func unused() { counter = 0 }",
	})
	if err != nil {
		t.Fatal(err)
	}
	typeCheck(t, src)
	s := string(src)
	for _, want := range []string{"func twice(n int) int", "var count func() int", "count = func() int {",
		"var fact func(n int) int", "var both func() int", "_ = unused"} {
		if !strings.Contains(s, want) {
			t.Errorf("no %q in\n%s", want, s)
		}
	}
	if strings.Index(s, "counter := 10") > strings.Index(s, "count = func") || strings.Index(s, "base := 1") > strings.Index(s, "fact = func") {
		t.Errorf("a func variable before the variable it uses:\n%s", s)
	}
}

// TestExportVariableNamedP: a variable of main named like the wrapper's
// package clause (p) does not make every func a func variable.
func TestExportVariableNamedP(t *testing.T) {
	src, err := Export("t.ipynb", []string{"import \"fmt\"\np := 2\nfunc sq(x int) int { return x * x }\nfmt.Println(sq(p))"})
	if err != nil {
		t.Fatal(err)
	}
	typeCheck(t, src)
	if !strings.Contains(string(src), "func sq(x int) int") {
		t.Errorf("sq is not a package-level func:\n%s", src)
	}
}

// TestExportMethodAnotherSignature: a method declared again with another
// signature cannot live on the type beside the first one: the program
// keeps the one before, says so where the notebook declared it, and
// compiles; a later declaration with the first signature counts again.
func TestExportMethodAnotherSignature(t *testing.T) {
	src, err := Export("t.ipynb", []string{
		"import \"fmt\"\ntype T struct{ n int }\nfunc (t T) N() int { return t.n }\nfmt.Println(T{1}.N())",
		"func (t T) N(k int) int { return t.n * k }",
		"func (t T) N() int { return -t.n }\nfmt.Println(T{1}.N())",
	})
	if err != nil {
		t.Fatal(err)
	}
	typeCheck(t, src)
	for _, want := range []string{"// NOT EXACT: T.N is declared again here with another signature", "// func (t T) N(k int) int { return t.n * k }",
		"T_N = func(t T) int { return t.n }", "T_N = func(t T) int { return -t.n }", "func (recv T) N() int { return T_N(recv) }"} {
		if !strings.Contains(string(src), want) {
			t.Errorf("no %q in\n%s", want, src)
		}
	}
}
