package eval

import (
	"go/format"
	"go/parser"
	"go/token"
	"strings"
	"testing"
)

// Tests for "one compile path" (issue 11): Go 1.22 loops and the min, max
// and clear builtins are the interpreter's own, and a cell compiles once.
// Every expected output was checked with `go run` of the same program.

type outCase struct{ code, stdout, result string }

func (ts *tsession) expect(t *testing.T, cases []outCase) {
	t.Helper()
	for _, tc := range cases {
		c := ts.run(tc.code)
		if c.err != nil {
			t.Errorf("%s\n=> error %v", tc.code, c.err)
			continue
		}
		if got := c.stdout.String(); got != tc.stdout || c.text() != tc.result {
			t.Errorf("%s\n=> stdout %q result %q, want %q and %q", tc.code, got, c.text(), tc.stdout, tc.result)
		}
	}
}

func TestOnePathLoopVars(t *testing.T) {
	ts := newSession(t)
	body := "var fs []func() int\nfor i := 0; i < 5; i++ {\n\tfs = append(fs, func() int { return i })\n\ti++\n}\nfmt.Println(fs[0](), fs[1](), fs[2]())"
	maps := "m := map[string]int{\"a\": 1, \"b\": 2}\nvar gs []func() string\nfor k, v := range m {\n\tgs = append(gs, func() string { return fmt.Sprint(k, v) })\n}\nout := []string{}\nfor _, g := range gs {\n\tout = append(out, g())\n}\nsort.Strings(out)\nfmt.Println(out)"
	str := "var hs []func() rune\nfor _, r := range \"héllo\" {\n\ths = append(hs, func() rune { return r })\n}\nfmt.Println(string(hs[1]()), string(hs[4]()))"
	chans := "ch := make(chan int, 3)\nch <- 1\nch <- 2\nch <- 3\nclose(ch)\nvar wg sync.WaitGroup\nres := make([]int, 4)\nfor v := range ch {\n\twg.Add(1)\n\tgo func() { defer wg.Done(); res[v] = v * 10 }()\n}\nwg.Wait()\nfmt.Println(res)"
	ptrs := "type P struct{ X int }\nfunc (p *P) Inc() { p.X++ }\nps := []P{{1}, {2}}\nvar pp []*P\nfor _, p := range ps {\n\tp.Inc()\n\tpp = append(pp, &p)\n}\nfmt.Println(*pp[0], *pp[1], ps)"
	post := "var qs []func() int\nfor i := 0; i < 3; qs = append(qs, func() int { return i }) {\n\ti++\n}\nfmt.Println(qs[0](), qs[1](), qs[2]())"
	labeled := "var ls []func() int\nouter:\n\tfor i := 0; i < 3; i++ {\n\t\tfor j := 0; j < 3; j++ {\n\t\t\tls = append(ls, func() int { return i*10 + j })\n\t\t\tcontinue outer\n\t\t}\n\t}\nfmt.Println(ls[0](), ls[1](), ls[2]())"
	cases := []outCase{
		// The copy is made before the post statement.
		{body, "1 3 5\n", ""},
		{"func f() { " + strings.ReplaceAll(body, "\n", ";") + " }\nf()", "1 3 5\n", ""},
		{maps, "[a1 b2]\n", ""},
		{str, "é o\n", ""},
		{chans, "[0 10 20 30]\n", ""},
		{ptrs, "{2} {3} [{1} {2}]\n", ""},
		{post, "2 3 3\n", ""},
		{"func g() {\n" + post + "\n}\ng()", "2 3 3\n", ""},
		{labeled, "0 10 20\n", ""},
		// A loop variable does not overwrite a variable of an earlier cell.
		{"i := 42", "", ""},
		{"for i := 0; i < 3; i++ { _ = func() int { return i } }\ni", "", "42"},
		{"for i := 0; i < 3; i++ { }\ni", "", "42"},
	}
	ts.expect(t, cases)
}

func TestOnePathRangeInt(t *testing.T) {
	ts := newSession(t)
	ts.expect(t, []outCase{
		{"var is []func() int64\nvar n int64 = 3\nfor i := range n {\n\tis = append(is, func() int64 { return i })\n}\nfmt.Println(is[0](), is[1](), is[2]())", "0 1 2\n", ""},
		{"cnt := 0\nfor i := range -2 {\n\t_ = i\n\tcnt++\n}\nfmt.Println(cnt)", "0\n", ""},
		{"const N = 3\nt := 0\nfor i := range N {\n\tt += i\n}\nfmt.Printf(\"%d %T\\n\", t, N)", "3 int\n", ""},
		{"var us []func() uint8\nfor i := range uint8(3) {\n\tus = append(us, func() uint8 { return i })\n}\nfmt.Printf(\"%v %T\\n\", us[2](), us[2]())", "2 uint8\n", ""},
		{"for i := range 'b' - 'a' + 1 { fmt.Printf(\"%v %T;\", i, i) }", "0 int32;1 int32;", ""},
		{"xs := []int{1, 2, 3}\nfor i := range len(xs) { fmt.Print(i) }", "012", ""},
		// Assigning the variable does not change the iteration.
		{"k := 0\nfor i := range 10 { i += 5; k++ }\nk", "", "10"},
		{"for range 3 { fmt.Print(\"x\") }", "xxx", ""},
		{"func tri(n int) (s int) { for i := range n + 1 { s += i }; return }\ntri(4)", "", "10"},
		{"func count(n uint) (c uint) { for range n { c++ }; return }\ncount(3)", "", "3"},
	})
	// gc's messages (go build of the same statements in a func).
	for _, tc := range []struct{ code, want string }{
		{"n := 3\nfor i, j := range n { _, _ = i, j }", "2:8: range over n (variable of type int) permits only one iteration variable"},
		{"for i, j := range 3 { _, _ = i, j }", "1:8: range over 3 (untyped int constant) permits only one iteration variable"},
		{"f := 2.5\nfor i := range f { _ = i }", "2:16: cannot range over f (variable of type float64)"},
		{"for i := range 1e3 { _ = i }", "1:16: cannot range over 1e3 (untyped float constant 1000)"},
	} {
		c := ts.run(tc.code)
		if c.err == nil || strings.SplitN(c.err.Error(), "\n", 2)[0] != tc.want {
			t.Errorf("%s\n=> %v, want %q", tc.code, c.err, tc.want)
		}
	}
}

func TestOnePathMinMaxClear(t *testing.T) {
	ts := newSession(t)
	ts.expect(t, []outCase{
		{`fmt.Println(min(3, 1, 2), max(1, 2.5), max("apple", "pear"), min("b"))`, "1 2.5 pear b\n", ""},
		{"f := 0.5\nfmt.Println(min(1, f), max(f, 2, -1))", "0.5 2\n", ""},
		{"var u8 uint8 = 200\nfmt.Printf(\"%v %T\\n\", max(u8, 7), max(u8, 7))", "200 uint8\n", ""},
		{"x, y := 3, -4\nfmt.Println(min(x, y), max(x, y), min(x, y, 0), max(x, 10, y))", "-4 3 -4 10\n", ""},
		{"nan := math.NaN()\nfmt.Println(min(1.0, nan, -5), max(nan, 3.0), min(-3.0, nan))", "NaN NaN NaN\n", ""},
		{"negz := math.Copysign(0, -1)\nfmt.Println(math.Signbit(min(0.0, negz)), math.Signbit(max(negz, 0.0)))", "true false\n", ""},
		{"const c = min(5, 2.5, 7)\nfmt.Printf(\"%v %T\\n\", c, c)", "2.5 float64\n", ""},
		{"fmt.Printf(\"%T %T\\n\", min(1, 'a'), max(2, 3))", "int32 int\n", ""},
		{"var i8 int8 = -3\nfmt.Println(min(i8, 2))", "-3\n", ""},
		{"var s []any = []any{min(1, 2)}\nfmt.Printf(\"%T\\n\", s[0])", "int\n", ""},
		{"m := map[string]int{\"a\": 1, \"b\": 2}\nclear(m)\nfmt.Println(len(m), m)", "0 map[]\n", ""},
		{"xs := []int{1, 2, 3}\nclear(xs[1:])\nfmt.Println(xs)", "[1 0 0]\n", ""},
		{"ps := []*int{&x, &y}\nclear(ps)\nfmt.Println(ps[0] == nil, len(ps))", "true 2\n", ""},
		{"func() {\n\tmm := map[int]bool{1: true}\n\tdefer func() { fmt.Println(\"after defer\", len(mm)) }()\n\tdefer clear(mm)\n}()", "after defer 0\n", ""},
		{"ss := []string{\"z\", \"b\", \"k\"}\nlo, hi := ss[0], ss[0]\nfor _, s := range ss {\n\tlo, hi = min(lo, s), max(hi, s)\n}\nfmt.Println(lo, hi)", "b z\n", ""},
		{"func lo3(a, b, c float64) float64 { return min(a, b, c) }\nlo3(2, -1.5, 3)", "", "-1.5"},
		{"max(2, 7)", "", "7"},
	})
	for _, bad := range []string{"min()", "min(1, \"a\")", "var a int = 1\nvar b float64 = 2\nmin(a, b)", "clear(3)"} {
		if c := ts.run(bad); c.err == nil {
			t.Errorf("%s compiled", bad)
		}
	}
}

// A go statement compiles once: constants stay inline (their type comes
// from the parameter), other arguments are evaluated at the go statement.
func TestOnePathGoArgs(t *testing.T) {
	ts := newSession(t)
	ts.ok("func halfTo(x float64, ch chan float64) { ch <- x / 2 }\nfunc isNil(e error, ch chan bool) { ch <- e == nil }\nfunc send[T any](v T, ch chan T) { ch <- v }\nfunc run() float64 {\n\tconst M = 3\n\tch := make(chan float64)\n\tgo halfTo(M, ch)\n\tv := <-ch\n\treturn v\n}")
	ts.expect(t, []outCase{
		{"const N = 4\nch := make(chan float64, 1)\ngo halfTo(N, ch)\nfmt.Println(<-ch)", "2\n", ""},
		{"go halfTo(math.Pi, ch)\nfmt.Println(<-ch)", "1.5707963267948966\n", ""},
		{"go halfTo(N*2+1, ch)\nfmt.Println(<-ch)", "4.5\n", ""},
		{"cb := make(chan bool, 1)\ngo isNil(nil, cb)\nfmt.Println(<-cb)", "true\n", ""},
		{"x := 1.0\ngo halfTo(x, ch)\nx = 100\nfmt.Println(<-ch)", "0.5\n", ""},
		{"ci := make(chan int, 1)\ngo send[int](3, ci)\nfmt.Println(<-ci)", "3\n", ""},
		{"fmt.Println(run())", "1.5\n", ""},
		// A constant of an earlier cell, in a func of this one.
		{"func run2() float64 { c := make(chan float64); go halfTo(N, c); v := <-c; return v }\nrun2()", "", "2"},
	})
}

// The final expression is shown in the form its arity needs, decided from
// yaegi's types after one compile.
func TestOnePathShow(t *testing.T) {
	ts := newSession(t)
	ts.ok("func none() {}\nfunc one() int { return 1 }\nfunc two() (int, bool) { return 3, true }\ntype T struct{ A int }\nfunc (T) String() string { return \"tee\" }")
	ts.expect(t, []outCase{
		{"none()", "", ""},
		{"one()", "", "1"},
		{"two()", "", "(3, true)"},
		{"(one())", "", "1"},
		{"T{1}", "", "tee"},
		{"v := T{2}\nv.A", "", "2"},
		{"float64(one())", "", "1"},
		{"len(\"abc\")", "", "3"},
		{"fmt.Sprint(7)", "", `"7"`},
		{"fmt.Println(8)", "8\n", ""},
		{"strconv.Atoi(\"12\")", "", "(12, <nil>)"},
	})
}

// Process targets are named when the receiver is known to be a process
// pool, without a retry: a func given to another Map keeps its type.
func TestOnePathNaming(t *testing.T) {
	for _, tc := range []struct{ code, want string }{
		{"run := func(p *multiprocessing.Pool) { p.Map(work, xs) }", `p.Map(__gonotes.Named("work", work), xs)`},
		{"pool, err := multiprocessing.NewPool(2)\n_ = err\npool.Map(work, xs)", `pool.Map(__gonotes.Named("work", work), xs)`},
		{"m := Mapper{}\nm.Map(work, xs)", `m.Map(work, xs)`},
		{"p := Process{Target: work}", `Process{Target: work}`},
		{"p := &multiprocessing.Process{Target: work}", `Target: __gonotes.Named("work", work)`},
		// gofmt -s elides the elements' type.
		{"ps := []*multiprocessing.Process{{Target: work}, {Target: work}}", `{{Target: __gonotes.Named("work", work)}, {Target: __gonotes.Named("work", work)}}`},
		{"ps := map[string]multiprocessing.Process{\"a\": {Target: work}}", `{"a": {Target: __gonotes.Named("work", work)}}`},
		{"ps := []*Process{{Target: work}}", `{{Target: work}}`},
	} {
		if got := rewritten(t, tc.code, "work"); !strings.Contains(got, tc.want) {
			t.Errorf("%s\n=> %s\nwant %s", tc.code, got, tc.want)
		}
	}
	ts := newSession(t)
	ts.ok("func work(x int) int { return x * 2 }\ntype Mapper struct{}\nfunc (Mapper) Map(f func(int) int, xs []int) (out []int) { for _, x := range xs { out = append(out, f(x)) }; return }")
	ts.expect(t, []outCase{
		{"m := Mapper{}\nm.Map(work, []int{1, 2})", "", "[2 4]"},
		{"type Process struct{ Target func(int) int }\np := Process{Target: work}\np.Target(5)", "", "10"},
	})
}

// A process target is named also when lib/multiprocessing is imported under
// another name (notebook 05: `import mp ".../lib/multiprocessing"`): without
// the name the child cannot find the target and Start fails.
func TestNamingImportAlias(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import mp "github.com/gonotes/gonotes/lib/multiprocessing"`)
	rw := rewriter{isMP: ts.s.isMP()}
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p; func f() { p := &mp.Process{Target: work}; q := mp.Process{Target: work}; _, _ = p, q }", 0)
	if err != nil {
		t.Fatal(err)
	}
	rw.localFuncs = map[string]bool{"work": true}
	rw.rewrite(f)
	var b strings.Builder
	if err := format.Node(&b, token.NewFileSet(), f); err != nil {
		t.Fatal(err)
	}
	if got := b.String(); strings.Count(got, `Named("work", work)`) != 2 {
		t.Errorf("targets of mp.Process not named:\n%s", got)
	}
}
