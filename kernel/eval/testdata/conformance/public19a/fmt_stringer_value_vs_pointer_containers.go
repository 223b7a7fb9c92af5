package main

import (
	"errors"
	"fmt"
)

type V struct{ n int }

func (v V) String() string { return fmt.Sprintf("V<%d>", v.n) }

type P struct{ n int }

func (p *P) String() string { return fmt.Sprintf("P<%d>", p.n) }

type E struct{ code int }

func (e *E) Error() string { return fmt.Sprintf("E%d", e.code) }

type G struct{ s string }

func (g G) GoString() string { return "G(" + g.s + ")" }

type F struct{ x int }

func (f F) Format(s fmt.State, verb rune) {
	w, wok := s.Width()
	p, pok := s.Precision()
	fmt.Fprintf(s, "F[%c w=%d,%v p=%d,%v plus=%v minus=%v sharp=%v x=%d]", verb, w, wok, p, pok, s.Flag('+'), s.Flag('-'), s.Flag('#'), f.x)
}

type Wrap struct {
	A V
	B P
	C *P
	D *V
}

func main() {
	v := V{1}
	p := P{2}
	fmt.Println(v, &v, p, &p)
	fmt.Println([]V{{1}, {2}}, []P{{3}, {4}}, []*P{{5}, {6}})
	fmt.Println(map[string]V{"a": {7}}, map[string]*P{"b": {8}}, map[V]int{{9}: 1})
	fmt.Println(Wrap{A: V{1}, B: P{2}, C: &P{3}, D: &V{4}})
	fmt.Printf("%+v\n", Wrap{A: V{1}, B: P{2}, C: &P{3}})
	fmt.Printf("%v %s %d\n", v, v, v)
	fmt.Printf("%x %q\n", v, v)
	var np *P
	fmt.Println(np == nil)
	var nv *V
	fmt.Println(nv)
	var err error = &E{404}
	fmt.Println(err, []error{err, errors.New("plain")})
	fmt.Printf("%v %s %q\n", err, err, err)
	var ne *E
	var err2 error = ne
	fmt.Println(err2 == nil, ne == nil)
	fmt.Printf("%v %#v\n", G{"a"}, G{"a"})
	fmt.Printf("%#v\n", []G{{"b"}, {"c"}})
	fmt.Printf("%v|%+v|%-5.2x|%#d\n", F{1}, F{2}, F{3}, F{4})
	fmt.Println(F{5})
	fmt.Println([]F{{6}})
	arr := [2]V{{1}, {2}}
	fmt.Printf("%v %s\n", arr, arr)
	type local struct {
		V
		k int
	}
	fmt.Println(local{V{3}, 4})
	fmt.Printf("%+v\n", local{V{3}, 4})
	ifs := []fmt.Stringer{v, &v, &p}
	for _, s := range ifs {
		fmt.Printf("%T %v\n", s, s)
	}
}
