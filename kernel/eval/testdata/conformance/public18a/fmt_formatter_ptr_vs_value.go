package main

import (
	"fmt"
	"strings"
)

type V struct{ n int }

func (v *V) Format(f fmt.State, c rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	fmt.Fprintf(f, "V[%c w=%d/%v p=%d/%v +%v -%v #%v 0%v sp%v n=%d]", c, w, wok, p, pok,
		f.Flag('+'), f.Flag('-'), f.Flag('#'), f.Flag('0'), f.Flag(' '), v.n)
}

type S struct{ s string }

func (s S) String() string { return "S<" + s.s + ">" }

type G struct{ a, b int }

func (g G) GoString() string { return fmt.Sprintf("G(%d,%d)", g.a, g.b) }

type E struct{ code int }

func (e *E) Error() string  { return fmt.Sprintf("E%d", e.code) }
func (e *E) String() string { return "never" }

func main() {
	v := V{3}
	fmt.Printf("%v|%d|%+8.2x|%-#05s\n", &v, &v, &v, &v)
	fmt.Printf("%v\n", v)
	fmt.Printf("% 3q\n", &v)
	fmt.Println([]*V{{1}, {2}})
	s := S{"x"}
	fmt.Println(s, &s, []S{{"a"}, {"b"}}, map[string]S{"k": {"v"}})
	fmt.Printf("%v %s %q %x %10s|%-10s|\n", s, s, s, s, s, s)
	fmt.Printf("%d\n", s)
	fmt.Printf("%#v %#v %v\n", G{1, 2}, []G{{3, 4}}, G{5, 6})
	fmt.Printf("%#v\n", struct {
		X G
		Y *G
	}{G{7, 8}, nil})
	var e error = &E{4}
	fmt.Println(e, []error{e, nil})
	fmt.Printf("%v %s %q %d\n", e, e, e, e)
	var np *E
	fmt.Printf("%v\n", np == nil)
	fmt.Println(strings.Repeat("-", 5))
}
