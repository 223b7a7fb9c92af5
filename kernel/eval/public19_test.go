package eval

// Regression tests of session 19's public19 helper (third_party/yaegi
// PATCHES.md "s19-public19"). The expected outputs are what `go run`
// prints for the program made of the cells (checked by running it).

import "testing"

// f(nil...) passes a nil slice to the variadic parameter: the compiler
// panicked ("CFG post-order panic"), a call of a compiled func failed
// ("CallSlice using interface {} as type []interface {}") and
// append(s, nil...) appended a zero element.
func TestVariadicNilSpread(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import (
	"fmt"
	"strings"
)`)
	ts.ok(`type T struct{ name string }

func (t T) Join(sep string, parts ...string) string { return t.name + ":" + strings.Join(parts, sep) + fmt.Sprint(parts == nil) }
func (t *T) Count(xs ...int) int                   { return len(xs) }

func Sum[N int | float64](xs ...N) (s N) {
	for _, x := range xs {
		s += x
	}
	return
}

func v(pre string, xs ...int) string { return fmt.Sprint(pre, len(xs), xs == nil) }
`)
	c := ts.ok(`fmt.Println(v("d", nil...))
fmt.Println(nil...)
fmt.Println(fmt.Sprint(nil...) == "")
t := T{"t"}
fmt.Println(t.Join(",", nil...), (&t).Count(nil...), t.Count(nil...))
fmt.Println(Sum[int](nil...), Sum[float64](nil...))
f := func(xs ...string) int { return len(xs) }
fmt.Println(f(nil...))
s := append([]int{1}, nil...)
fmt.Println(s, len(s))
fmt.Println(strings.NewReplacer(nil...).Replace("abc"))
`)
	want := "d0 true\n\ntrue\nt:true 0 0\n0 0\n0\n[1] 1\nabc\n"
	if got := c.stdout.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// defer f(a, s...) passes s as the variadic parameter: the deferred call
// (reflect's Call) took s for one element ("cannot use []int as type int
// in Call"; defer fmt.Println(xs...) printed [b 3]).
func TestDeferVariadicSpread(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import (
	"fmt"
	"os"
	"strings"
)`)
	ts.ok(`func handle(tags ...string) {
	if r := recover(); r != nil {
		fmt.Println("recovered", r, "tags", strings.Join(tags, ","))
	}
}

func work() {
	tags := []string{"a", "b"}
	defer handle(tags...)
	tags[0] = "mutated"
	panic("boom")
}

func closeAll(names ...string) {
	for _, n := range names {
		fmt.Println("close", n)
	}
}

type R struct{}

func (R) M(xs ...string) { fmt.Println("M", xs) }

func run() {
	work()
	files := []string{"x.txt", "y.txt"}
	defer closeAll(files...)
	defer fmt.Fprintln(os.Stdout, []any{"fprint", 1}...)
	defer fmt.Println([]any{"b", 3}...)
	defer R{}.M([]string{"c"}...)
	var none []string
	defer closeAll(none...)
	defer closeAll(nil...)
	defer func(xs ...int) { fmt.Println("lit", xs, xs == nil) }(nil...)
	fmt.Println("end of run")
}
`)
	c := ts.ok(`run()`)
	want := "recovered boom tags mutated,b\nend of run\nlit [] true\nM [c]\nb 3\nfprint 1\nclose x.txt\nclose y.txt\n"
	if got := c.stdout.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// A defined pointer type (type P *int) has a named runtime type: %#v
// printed (*int)(nil) for (main.P)(nil), and a field of such a type
// (struct{ F P }) was shown as *int.
func TestFmtDefinedPointerType(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import "fmt"`)
	ts.ok(`type P *int
type Q *struct{ A int }
type R struct{ N int }
type RP *R
`)
	c := ts.ok(`var p P
fmt.Printf("%#v %T %v\n", p, p, p)
fmt.Printf("%#v %T\n", Q(nil), Q(nil))
fmt.Printf("%#v %T\n", RP(nil), RP(nil))
x := 5
p = &x
*p = 9
fmt.Printf("%T %v %v\n", p, *p, x)
rp := RP(&R{3})
fmt.Printf("%T %v %+v %v\n", rp, rp, rp, rp.N)
fmt.Printf("%#v\n", []P{nil})
fmt.Printf("%#v\n", struct{ F P }{})
`)
	want := "(main.P)(nil) main.P <nil>\n" +
		"(main.Q)(nil) main.Q\n" +
		"(main.RP)(nil) main.RP\n" +
		"main.P 9 9\n" +
		"main.RP &{3} &{N:3} 3\n" +
		"[]main.P{(main.P)(nil)}\n" +
		"struct { F main.P }{F:(main.P)(nil)}\n"
	if got := c.stdout.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
