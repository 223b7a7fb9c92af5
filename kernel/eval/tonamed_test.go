package eval

import "testing"

// TestCompiledIfaceAfterRedeclaration: a value of a cell's type given to
// compiled code as a fmt.Stringer has the methods of the type as declared
// now, after a later cell declares the type again, adds a method, or
// changes its fields (toNamed caches per type what it needs).
func TestCompiledIfaceAfterRedeclaration(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import ("fmt"; "strings")`)
	ts.ok("type E struct{ n int }\nfunc (e E) String() string { return fmt.Sprint(\"v1:\", e.n) }\nfunc show(n int) string { var b strings.Builder; for i := 0; i < n; i++ { var s fmt.Stringer = E{i}; b.WriteString(s.String() + \" \"); fmt.Fprint(&b, s, \";\") }; return b.String() }")
	if c := ts.ok("show(2)"); c.text() != `"v1:0 v1:0;v1:1 v1:1;"` {
		t.Errorf("first: %s", c.text())
	}
	ts.ok("func (e E) String() string { return fmt.Sprint(\"v2:\", e.n) }")
	if c := ts.ok("show(2)"); c.text() != `"v2:0 v2:0;v2:1 v2:1;"` {
		t.Errorf("method declared again: %s", c.text())
	}
	ts.ok("func (e E) GoString() string { return \"E!\" }")
	if c := ts.ok("fmt.Sprintf(\"%#v %v\", E{3}, E{4})"); c.text() != `"E! v2:4"` {
		t.Errorf("method added: %s", c.text())
	}
	ts.ok("type E struct{ name string; n int }\nfunc (e E) String() string { return e.name + fmt.Sprint(e.n) }\nfunc show2() string { var s fmt.Stringer = E{\"x\", 5}; return fmt.Sprint(s, \" \", []fmt.Stringer{E{\"y\", 6}}) }")
	if c := ts.ok("show2()"); c.text() != `"x5 [y6]"` {
		t.Errorf("type declared again: %s", c.text())
	}
}

// TestMethodDeclaredAgainInCompiledCode: a cell that declares a method
// again (the notebook's edit-and-run loop) changes what compiled code
// calls too, for every method of the type and for pointer receivers:
// fmt's String, sort.Sort's Less, a template's method.
func TestMethodDeclaredAgainInCompiledCode(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import ("fmt"; "sort"; "strings"; "text/template")`)
	ts.ok(`type T struct{ n int }
func (t T) A() string { return "a1" }
func (t T) String() string { return fmt.Sprint("s1:", t.n) }
type P struct{ n int }
func (p *P) String() string { return fmt.Sprint("p1:", p.n) }
type byN []int
func (b byN) Len() int { return len(b) }
func (b byN) Less(i, j int) bool { return b[i] < b[j] }
func (b byN) Swap(i, j int) { b[i], b[j] = b[j], b[i] }
func render(v any) string { var sb strings.Builder; template.Must(template.New("").Parse("{{.A}}")).Execute(&sb, v); return sb.String() }`)
	if c := ts.ok(`x := byN{3, 1, 2}; sort.Sort(x); fmt.Sprint(T{1}, &P{2}, x, render(T{}))`); c.text() != `"s1:1 p1:2 [1 2 3]a1"` {
		t.Fatalf("before: %s", c.text())
	}
	ts.ok("func (t T) String() string { return fmt.Sprint(\"s2:\", t.n) }")
	ts.ok("func (p *P) String() string { return fmt.Sprint(\"p2:\", p.n) }")
	ts.ok("func (b byN) Less(i, j int) bool { return b[i] > b[j] }")
	ts.ok("func (t T) A() string { return \"a2\" }")
	if c := ts.ok(`y := byN{3, 1, 2}; sort.Sort(y); fmt.Sprint(T{1}, &P{2}, y, render(T{}))`); c.text() != `"s2:1 p2:2 [3 2 1]a2"` {
		t.Errorf("after the methods were declared again: %s", c.text())
	}
}

// TestMethodDeclaredAgainKeptValues: after a later cell declares a method
// again, values made before (held by compiled code, by an any, as errors)
// and errors made by funcs compiled before all call the method as
// declared now, as interpreted calls do.
func TestMethodDeclaredAgainKeptValues(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import ("errors"; "fmt"; "container/list")`)
	ts.ok(`type MyErr struct{ c int }
func (e MyErr) Error() string { return fmt.Sprint("e1:", e.c) }
func mk() error { return MyErr{1} }
var err0 = mk()
type S struct{ v int }
func (s S) String() string { return fmt.Sprint("s1:", s.v) }
var keep = []fmt.Stringer{S{1}}
var keepAny = []any{S{2}}
var l = list.New()
var _ = l.PushBack(S{3})`)
	ts.ok(`func (e MyErr) Error() string { return fmt.Sprint("e2:", e.c) }
func (s S) String() string { return fmt.Sprint("s2:", s.v) }`)
	c := ts.ok(`var me MyErr
w := fmt.Errorf("w: %w", mk())
fmt.Println(mk(), err0, w, errors.As(w, &me), me)
fmt.Println(keep, keepAny, l.Front().Value, S{4}, keep[0].String())`)
	if got, want := c.stdout.String(), "e2:1 e2:1 w: e2:1 true e2:1\n[s2:1] [s2:2] s2:3 s2:4 s2:1\n"; got != want {
		t.Errorf("got\n%swant\n%s", got, want)
	}
}
