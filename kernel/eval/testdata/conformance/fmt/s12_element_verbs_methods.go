package main

import (
	"errors"
	"fmt"
)

type Name string

func (n Name) String() string { return "«" + string(n) + "»" }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type Pt struct{ X, Y int }

func (p *Pt) String() string { return fmt.Sprintf("P(%d,%d)", p.X, p.Y) }

type G struct{ V int }

func (g G) GoString() string { return "G!" }

type Temp float64

func (t Temp) Format(s fmt.State, v rune) { fmt.Fprintf(s, "T[%c]", v) }

func main() {
	ns := []Name{"a", "b"}
	fmt.Printf("%x|%X|%q|%v|%s|%#v|%T\n", ns, ns, ns, ns, ns, ns, ns)
	fmt.Printf("%5v|%-5s|%.1s\n", ns, ns, ns)
	cs := []Code{1, 2}
	fmt.Printf("%v|%d|%s|%q|%#v\n", cs, cs, cs, cs, cs)
	es := []error{Code(3), errors.New("x")}
	fmt.Printf("%v|%#v\n", es[:1], len(es))
	ps := []Pt{{1, 2}}
	pps := []*Pt{{3, 4}}
	fmt.Printf("%v|%v|%+v|%s\n", ps, pps, pps, pps)
	gs := []G{{1}}
	fmt.Printf("%v|%#v|%+v\n", gs, gs, map[string]G{"k": {2}})
	ts := []Temp{1, 2}
	fmt.Printf("%v|%d|%#v|%.2f\n", ts, ts, ts, ts)
	m := map[Name][]Code{"k": {4}}
	fmt.Printf("%v|%#v|%d\n", m, m, m)
	arr := [2]Name{"p", "q"}
	fmt.Printf("%v|%q|%x\n", arr, arr, &arr)
	type wrap struct {
		N  Name
		C  Code
		Ns []Name
	}
	w := wrap{"n", 5, ns}
	fmt.Printf("%v|%+v|%#v|%d\n", w, w, w, w)
	fmt.Println(fmt.Sprint(ns), fmt.Sprint(cs), fmt.Sprintln(ts))
}
