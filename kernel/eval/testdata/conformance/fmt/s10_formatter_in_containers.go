package main

import (
	"fmt"
	"strings"
)

type F struct{ v int }

func (f F) Format(s fmt.State, verb rune) {
	w, hasW := s.Width()
	fmt.Fprintf(s, "F[%c %d %v %v]", verb, f.v, w, hasW)
}
func (f F) String() string { return "F-string" }
func (f F) Error() string  { return "F-error" }

type G struct{ name string }

func (g G) Format(s fmt.State, verb rune) {
	if s.Flag('+') {
		fmt.Fprint(s, "+"+strings.ToUpper(g.name))
		return
	}
	fmt.Fprint(s, g.name)
}
func (g G) String() string { return "G-string" }

type Pair struct {
	A fmt.Stringer
	B error
}

func main() {
	ss := []fmt.Stringer{F{1}, G{"g"}}
	es := []error{F{2}}
	fmt.Println(ss, es)
	fmt.Printf("%v|%+v|%s|%d|%5v\n", ss, ss, ss, es, es)
	p := Pair{G{"x"}, F{3}}
	fmt.Printf("%v|%+v\n", p, p)
	m := map[string]fmt.Stringer{"k": F{4}}
	fmt.Printf("%v %x\n", m, m)
	var s fmt.Stringer = F{5}
	fmt.Printf("%v %7s %+d\n", s, s, s)
	fmt.Println(fmt.Sprint(ss[1]), fmt.Sprintf("%+v", ss[1]))
}
