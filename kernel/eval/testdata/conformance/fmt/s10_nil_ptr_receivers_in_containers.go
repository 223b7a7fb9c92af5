package main

import "fmt"

type V struct{ n int }

func (v V) Error() string  { return fmt.Sprintf("v-error %d", v.n) }
func (v V) String() string { return fmt.Sprintf("v-string %d", v.n) }

type P struct{ n int }

func (p *P) Error() string {
	if p == nil {
		return "nil P error"
	}
	return fmt.Sprintf("p-error %d", p.n)
}
func (p *P) String() string { return "p-string" }

func main() {
	var vp *V
	var pp *P
	ss := []fmt.Stringer{vp, pp, &V{1}, &P{2}}
	fmt.Println(ss)
	es := []error{vp, pp}
	fmt.Println(es)
	fmt.Printf("%v %s %d\n", ss[0], ss[1], ss[3])
	h := struct {
		S fmt.Stringer
		E error
	}{vp, pp}
	fmt.Printf("%v %+v\n", h, h)
	fmt.Println(ss[0] == nil, es[1] == nil, h.E != nil)
}
