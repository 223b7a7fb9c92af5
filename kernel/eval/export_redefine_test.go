package eval

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// exportRedefinitionNotebooks are notebooks (their code cells) that
// declare names again, the kernel's way: the newest declaration of a
// func, method, type, constant or variable is the one every func of the
// notebook uses from then on. Each cell prints; the final expressions are
// not used (the kernel shows them quoted, the program prints them).
var exportRedefinitionNotebooks = []struct {
	name  string
	cells []string
}{
	{"var used by a func", []string{
		`import "fmt"`,
		`var rate = 2`,
		`func price(n int) int { return n * rate }`,
		`fmt.Println(price(10))`,
		`var rate = 3`,
		`fmt.Println(price(10))`,
	}},
	{"const used by a func", []string{
		"import \"fmt\"\nconst N = 3\nfunc scaled(x int) int { return x * N }\nfmt.Println(scaled(2))",
		"const N = 10\nfmt.Println(scaled(2))",
	}},
	{"func called by a func", []string{
		"import \"fmt\"\nfunc f() int { return 1 }\nfunc g() int { return f() + 100 }\nfmt.Println(g())",
		"func f() int { return 2 }",
		"fmt.Println(g(), f())",
	}},
	{"chain of funcs", []string{
		"import \"fmt\"\nfunc base() string { return \"a\" }\nfunc mid() string { return base() + \"b\" }\nfunc top() string { return mid() + \"c\" }\nfmt.Println(top())",
		"func base() string { return \"A\" }\nfmt.Println(top(), mid())",
		"func mid() string { return base() + base() }\nfmt.Println(top())",
	}},
	{"used before and after in the same cell", []string{
		"import \"fmt\"\nvar greeting = \"hello\"\nfunc greet(n string) string { return greeting + \", \" + n }",
		"fmt.Println(greet(\"a\"))\nvar greeting = \"bye\"\nfmt.Println(greet(\"b\"))",
	}},
	{"var of another type", []string{
		"import \"fmt\"\nvar label = 1\nfunc show() { fmt.Println(\"label:\", label) }\nshow()",
		"var label = \"one\"\nshow()",
		"var label = []float64{1.5}\nshow()",
	}},
	{"method declared again, sort.Sort", []string{
		"import (\n\t\"fmt\"\n\t\"sort\"\n)\ntype byLen []string\nfunc (b byLen) Len() int { return len(b) }\nfunc (b byLen) Swap(i, j int) { b[i], b[j] = b[j], b[i] }\nfunc (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }",
		"words := byLen{\"ccc\", \"a\", \"bb\"}\nsort.Sort(words)\nfmt.Println(words)",
		"func (b byLen) Less(i, j int) bool { return len(b[i]) > len(b[j]) }\nsort.Sort(words)\nfmt.Println(words)",
	}},
	{"method declared again, through an interface", []string{
		"import \"fmt\"\ntype Shape interface{ Area() float64 }\ntype Sq struct{ S float64 }\nfunc (s Sq) Area() float64 { return s.S * s.S }\nfunc total(xs ...Shape) float64 { t := 0.0; for _, x := range xs { t += x.Area() }; return t }\nfmt.Println(total(Sq{2}, Sq{3}))",
		"func (s Sq) Area() float64 { return 1 }\nfmt.Println(total(Sq{2}), Sq{5}.Area())",
	}},
	{"method using a var declared again", []string{
		"import \"fmt\"\nvar unit = \"cm\"\ntype L struct{ n int }\nfunc (l L) String() string { return fmt.Sprint(l.n, unit) }\nfmt.Println(L{3})",
		"var unit = \"mm\"\nfmt.Println(L{4}, L{5}.String())",
	}},
	{"pointer method declared again", []string{
		"import \"fmt\"\ntype C struct{ n int }\nfunc (c *C) Inc() { c.n++ }\nc := &C{}\nc.Inc()\nfmt.Println(c.n)",
		"func (c *C) Inc() { c.n += 10 }\nc.Inc()\nfmt.Println(c.n)",
	}},
	{"method declared again, variadic and without names", []string{
		"import (\n\t\"fmt\"\n\t\"strings\"\n)\ntype J struct{ sep string }\nfunc (J) Join(xs ...string) string { return strings.Join(xs, \",\") }\nfunc (*J) Pick(int, string) string { return \"first\" }\nj := &J{}\nfmt.Println(j.Join(\"a\", \"b\"), j.Pick(1, \"x\"))",
		"func (j J) Join(xs ...string) string { return strings.Join(xs, j.sep) }\nfunc (*J) Pick(n int, s string) string { return strings.Repeat(s, n) }\nj.sep = \"+\"\nfmt.Println(j.Join(\"a\", \"b\"), j.Pick(3, \"x\"))",
	}},
	{"func declared again with another signature", []string{
		"import \"fmt\"\nfunc f() int { return 1 }\nfunc g() int { return f() + 1 }\nfunc h() string { return fmt.Sprint(f()) }\nfmt.Println(g(), h())",
		"func f() string { return \"s\" }\nfmt.Println(g(), h(), f())",
	}},
	{"a func of main uses a type declared again", []string{
		"import \"fmt\"\nscale := 3\ntype V struct{ X int }\nfunc grow(v V) V { v.X *= scale; return v }\nfmt.Println(grow(V{2}))",
		"type V struct{ X, Y int }\nfmt.Println(grow(V{2, 5}))",
	}},
	{"method of a generic type uses a const declared again", []string{
		"import \"fmt\"\nconst K = 2\ntype Box[T any] struct{ v T }\nfunc (b Box[T]) Scale() int { return K }\nfmt.Println(Box[int]{1}.Scale())",
		"const K = 3\nfmt.Println(Box[string]{\"s\"}.Scale())",
	}},
	{"interface declared again", []string{
		"import \"fmt\"\ntype Namer interface{ Name() string }\ntype A struct{}\nfunc (A) Name() string { return \"a\" }\nfunc (A) Full() string { return \"full a\" }\nfunc show(n Namer) string { return n.Name() }\nfmt.Println(show(A{}))",
		"type Namer interface{ Full() string }\nfunc show(n Namer) string { return n.Full() }\nfmt.Println(show(A{}))",
	}},
	{"a cell run once", []string{
		"import \"fmt\"\ncalls := 0\nfunc tick() int { calls++; return calls }\nfirst := tick()\nfmt.Println(first, calls)",
		"calls := 10\nsecond := tick()\nfmt.Println(first, second, calls)",
	}},
	{"type declared again", []string{
		"import \"fmt\"\ntype P struct{ X int }\nfunc describe(p P) string { return fmt.Sprintf(\"%+v\", p) }\nfmt.Println(describe(P{1}))",
		"type P struct{ X, Y int }\nfmt.Println(describe(P{1, 2}))",
	}},
	{"type declared again keeps its methods", []string{
		"import \"fmt\"\ntype T struct{ A int }\nfunc (t T) Name() string { return fmt.Sprint(\"T\", t.A) }\nfunc name(t T) string { return t.Name() }\nfmt.Println(name(T{1}))",
		"type T struct{ A, B int }\nfmt.Println(name(T{2, 3}), T{4, 5}.Name())",
	}},
	{"type declared again without a field a method uses", []string{
		"import \"fmt\"\ntype T struct{ n int }\nfunc (t T) N() int { return t.n }\nfunc (t T) One() int { return 1 }\nfunc useN(t T) int { return t.N() }\nfmt.Println(useN(T{7}))",
		"type T struct{ s string }\nfunc (t T) S() string { return t.s }\nfmt.Println(T{\"s\"}.S(), T{}.One())",
	}},
	{"type used by a type", []string{
		"import \"fmt\"\ntype Inner struct{ V int }\ntype Outer struct{ In Inner }\nfunc show(o Outer) string { return fmt.Sprintf(\"%+v\", o) }\nfmt.Println(show(Outer{Inner{1}}))",
		"type Inner struct{ V, W int }\nfmt.Println(show(Outer{Inner{1, 2}}))",
	}},
	{"const in an array type", []string{
		"import \"fmt\"\nconst N = 3\ntype A [N]int\nfunc size() int { return len(A{}) }\nfmt.Println(size())",
		"const N = 5\nfmt.Println(size())",
	}},
	{"closure made before", []string{
		"import \"fmt\"\nvar rate = 2\nfunc price(n int) int { return n * rate }\nget := func() int { return price(10) }\nfmt.Println(get())",
		"var rate = 3\nfmt.Println(get(), price(10))",
	}},
	{"func value taken before", []string{
		"import \"fmt\"\nfunc f() int { return 1 }\nfunc g() int { return f() * 2 }\nkeep := g\nfmt.Println(keep())",
		"func f() int { return 5 }\nfmt.Println(keep(), g())",
	}},
	{"variable of main made again", []string{
		"import \"fmt\"\ncount := 1\nfunc next() int { count++; return count }\nfmt.Println(next(), next())",
		"count := 100\nfmt.Println(next())",
	}},
	{"variable of main made again in a cell of statements", []string{
		"import \"fmt\"\nn := 1\nfunc tenfold() int { return n * 10 }\nfunc plus() int { return tenfold() + 1 }\nfmt.Println(n, tenfold(), plus())",
		"n := 3\nfmt.Println(n, tenfold(), plus())",
	}},
	{"start afresh", []string{
		"import \"fmt\"\nconst N = 3\nvar results []int\nfunc add(x int) { results = append(results, x*N) }\nfunc report() string { return fmt.Sprint(results) }",
		"add(1)\nadd(2)\nfmt.Println(report())",
		"const N = 10\nvar results []int\nadd(5)\nfmt.Println(report())",
	}},
	{"mutual recursion", []string{
		"import \"fmt\"\nconst step = 1\nfunc even(n int) bool { if n == 0 { return true }; return odd(n - step) }\nfunc odd(n int) bool { if n == 0 { return false }; return even(n - step) }\nfmt.Println(even(4), odd(4))",
		"const step = 2\nfmt.Println(even(4), odd(4), even(6))",
	}},
	{"recursion", []string{
		"import \"fmt\"\nvar stop = 1\nfunc fact(n int) int { if n <= stop { return 1 }; return n * fact(n-1) }\nfmt.Println(fact(5))",
		"var stop = 3\nfmt.Println(fact(5))",
	}},
	{"func declared again, its caller in the same cell", []string{
		"import \"fmt\"\nfunc unit() string { return \"kg\" }\nfunc show(n int) string { return fmt.Sprint(n, unit()) }\nfmt.Println(show(1))",
		"func unit() string { return \"lb\" }\nfunc show(n int) string { return fmt.Sprint(n, \" \", unit()) }\nfmt.Println(show(2))",
	}},
	{"statements between", []string{
		"import \"fmt\"\nvar rate = 2\nfunc price(n int) int { return n * rate }",
		"total := 0\nfor i := 1; i <= 3; i++ { total += price(i) }\nfmt.Println(total)",
		"var rate = 5",
		"for i := 1; i <= 3; i++ { total += price(i) }\nfmt.Println(total)",
	}},
	{"a func of main uses a var declared again", []string{
		"import \"fmt\"\nfactor := 2\nvar offset = 1\nfunc calc(n int) int { return n*factor + offset }\nfmt.Println(calc(10))",
		"var offset = 100\nfmt.Println(calc(10))",
	}},
	{"generic func uses a var declared again", []string{
		"import \"fmt\"\nvar sep = \",\"\nfunc join[T any](xs []T) string { s := \"\"; for i, x := range xs { if i > 0 { s += sep }; s += fmt.Sprint(x) }; return s }\nfmt.Println(join([]int{1, 2}))",
		"var sep = \" | \"\nfmt.Println(join([]string{\"a\", \"b\"}))",
	}},
	{"x := x + 1 reads the earlier x", []string{
		"import (\n\t\"fmt\"\n\t\"strconv\"\n)\nx := 1\ns := []int{1}\nfunc getX() int { return x }",
		"x := x + 1\ns := append(s, 2)\nfmt.Println(x, s, getX())",
		"fmt.Println(x)\nx := strconv.Itoa(x*10) + \"!\"\nfmt.Println(x)",
	}},
	{"declarations below the statements that use them", []string{
		"import \"fmt\"\nfmt.Println(add(1, 2), Scale, Point{1, 2}.Sum())\nfunc add(a, b int) int { return a + b }\nconst Scale = 3\ntype Point struct{ X, Y int }\nfunc (p Point) Sum() int { return p.X + p.Y }",
		"n := 4\nshow()\nfunc show() { fmt.Println(\"n is\", n, add(n, 1)) }",
	}},
}

// kernelNotGo names the notebooks of exportRedefinitionNotebooks where
// the kernel does not print what Go would (a kernel bug, reported): they
// are skipped.
var kernelNotGo = map[string]string{}

// exportNotExact names the notebooks of exportRedefinitionNotebooks that
// the exported program cannot run as the notebook does (its comments say
// NOT EXACT there): they are skipped after a check that the program has
// that comment.
var exportNotExact = map[string]string{
	"method of a generic type uses a const declared again": "no func variable can hold a method of a generic type",
}

// TestExportRedefinitionsRunAsTheNotebook runs each notebook of
// exportRedefinitionNotebooks cell by cell in a session, then exports it
// and runs the program with go run: the program prints what the notebook
// printed.
func TestExportRedefinitionsRunAsTheNotebook(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a program per notebook")
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module redefs\n\ngo 1.26\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	want := make([]string, len(exportRedefinitionNotebooks))
	for i, nb := range exportRedefinitionNotebooks {
		if kernelNotGo[nb.name] != "" {
			continue
		}
		ts := newSession(t)
		for _, src := range nb.cells {
			c := ts.run(src)
			if c.err != nil {
				t.Fatalf("%s: cell %q failed in the kernel: %v", nb.name, src, c.err)
			}
			want[i] += c.stdout.String()
		}
		ts.s.Shutdown()
		prog, err := Export("t.ipynb", nb.cells)
		if err != nil {
			t.Fatalf("%s: %v\n%s", nb.name, err, prog)
		}
		pkg := filepath.Join(dir, "nb"+strconv.Itoa(i))
		if err := os.Mkdir(pkg, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(pkg, "main.go"), prog, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for i, nb := range exportRedefinitionNotebooks {
		t.Run(nb.name, func(t *testing.T) {
			if kernelNotGo[nb.name] != "" {
				t.Skip("the kernel is not Go here: " + kernelNotGo[nb.name])
			}
			prog, _ := os.ReadFile(filepath.Join(dir, "nb"+strconv.Itoa(i), "main.go"))
			ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, "go", "run", "./nb"+strconv.Itoa(i))
			cmd.Dir = dir
			out, err := cmd.Output()
			if err != nil {
				stderr := ""
				if ee, ok := err.(*exec.ExitError); ok {
					stderr = string(ee.Stderr)
				}
				t.Fatalf("go run: %v\n%s\nthe program:\n%s", err, stderr, prog)
			}
			if why := exportNotExact[nb.name]; why != "" {
				if !strings.Contains(string(prog), "// NOT EXACT: ") {
					t.Errorf("no NOT EXACT comment in the program:\n%s", prog)
				}
				t.Skip("the program cannot be exact: " + why)
			}
			if string(out) != want[i] {
				t.Errorf("the program printed:\n%s\nthe notebook printed:\n%s\nthe program:\n%s", out, want[i], prog)
			}
		})
	}
}
