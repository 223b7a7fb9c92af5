package main

import "fmt"

type GS struct{ n int }

func (g GS) GoString() string { return fmt.Sprintf("GS(%d)", g.n) }
func (g GS) String() string   { return fmt.Sprintf("gs%d", g.n) }
func (g GS) Error() string    { return fmt.Sprintf("gs-err%d", g.n) }

type Only struct{ n int }

func (o Only) GoString() string { return "Only!" }
func (o Only) String() string   { return "only" }

type Wrap struct {
	S fmt.Stringer
	E error
	G fmt.GoStringer
}

func main() {
	ss := []fmt.Stringer{GS{1}, Only{2}}
	gs := []fmt.GoStringer{GS{3}, Only{4}}
	es := []error{GS{5}}
	fmt.Printf("%v\n%#v\n", ss, ss)
	fmt.Printf("%v\n%#v\n", gs, gs)
	fmt.Printf("%v\n%#v\n", es, es)
	w := Wrap{GS{6}, GS{7}, Only{8}}
	fmt.Printf("%v\n%+v\n%#v\n", w, w, w)
	m := map[string]fmt.GoStringer{"a": GS{9}}
	fmt.Printf("%v %#v\n", m, m)
	for _, g := range gs {
		fmt.Printf("%v %#v %s\n", g, g, g.GoString())
	}
}
