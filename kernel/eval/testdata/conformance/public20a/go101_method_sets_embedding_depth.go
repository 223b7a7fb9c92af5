package main

import "fmt"

type A struct{ name string }

func (a A) Hello() string     { return "A.Hello " + a.name }
func (a *A) SetName(n string) { a.name = n }
func (a A) Who() string       { return "A" }

type B struct{ name string }

func (b B) Who() string   { return "B" }
func (b B) OnlyB() string { return "OnlyB " + b.name }

type C struct {
	A
	*B
	name string
}

func (c C) Who() string { return "C(" + c.A.Who() + "," + c.B.Who() + ")" }

type D struct {
	C
	Extra int
}

type Deep1 struct{ X int }
type Deep2 struct{ Deep1 }
type Deep3 struct {
	Deep2
	X string
}

type Whoer interface{ Who() string }
type Setter interface{ SetName(string) }

type E1 struct{}

func (E1) M() string { return "E1" }

type E2 struct{}

func (E2) M() string { return "E2" }

type Both struct {
	E1
	E2
}

type Deeper struct {
	Both
	E3
}
type E3 struct{ E1 }

func main() {
	c := C{A: A{"a"}, B: &B{"b"}, name: "c"}
	fmt.Println(c.Hello(), c.OnlyB(), c.Who(), c.name, c.A.name, c.B.name)
	c.SetName("a2")
	fmt.Println(c.A.name)
	d := D{C: c, Extra: 1}
	fmt.Println(d.Who(), d.Hello(), d.OnlyB())
	var w Whoer = d
	fmt.Println(w.Who())
	var s Setter = &d
	s.SetName("viaD")
	fmt.Println(d.A.name, c.A.name)
	_, ok := interface{}(d).(Setter)
	_, ok2 := interface{}(&d).(Setter)
	fmt.Println(ok, ok2)
	// B is pointer embedded: D value has OnlyB via pointer, and d.B shared with c
	d.B.name = "shared"
	fmt.Println(c.OnlyB())
	x := Deep3{Deep2{Deep1{5}}, "shallow"}
	fmt.Println(x.X, x.Deep1.X, x.Deep2.X)
	b := Both{}
	fmt.Println(b.E1.M(), b.E2.M())
	dd := Deeper{}
	// Both.M ambiguous at depth 1 within Both; E3.M at depth 1 within E3 -> both depth 2: ambiguous
	fmt.Println(dd.E3.M(), dd.Both.E1.M())
	// method values and expressions
	f := A.Hello
	g := (*A).SetName
	a := A{"z"}
	g(&a, "y")
	fmt.Println(f(a))
	h := a.Hello
	a.name = "changed"
	fmt.Println(h(), a.Hello())
	pa := &a
	hp := pa.Hello
	pa.name = "again"
	fmt.Println(hp())
	var ws []Whoer = []Whoer{A{}, B{}, c, &c, d, &d}
	for _, w := range ws {
		fmt.Printf("%T %s\n", w, w.Who())
	}
}
