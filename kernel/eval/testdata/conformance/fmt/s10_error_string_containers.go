package main

import "fmt"

type Both struct{ code int }

func (b Both) Error() string  { return fmt.Sprintf("error %d", b.code) }
func (b Both) String() string { return fmt.Sprintf("string %d", b.code) }

type Num int

func (n Num) Error() string  { return fmt.Sprintf("num-error %d", int(n)) }
func (n Num) String() string { return fmt.Sprintf("num-string %d", int(n)) }

type Holder struct {
	S fmt.Stringer
	E error
	A any
}

type Deep struct {
	H  Holder
	P  *Holder
	SS []fmt.Stringer
}

func main() {
	b := Both{7}
	n := Num(3)
	ss := []fmt.Stringer{b, n}
	es := []error{b, n}
	arr := [2]fmt.Stringer{n, b}
	ms := map[string]fmt.Stringer{"b": b, "n": n}
	me := map[int]error{1: b, 2: n}
	h := Holder{S: b, E: n, A: b}
	d := Deep{H: h, P: &Holder{S: n}, SS: ss}
	fmt.Println(ss, es, arr)
	fmt.Println(ms, me)
	fmt.Println(h, d.H, *d.P, d.SS)
	fmt.Printf("%v|%s|%q|%x\n", ss, ss, ss, ss)
	fmt.Printf("%v|%+v\n", h, h)
	fmt.Printf("%d %d\n", ss, es)
	fmt.Printf("%T %T %T %T\n", ss, es, ms, h)
	for i, s := range ss {
		fmt.Printf("%d: %v %s %T %d\n", i, s, s, s, s)
	}
	for _, e := range es {
		fmt.Printf("%v %s %T\n", e, e, e)
	}
	fmt.Println(fmt.Sprint(ss[0]), fmt.Sprint(es[1]), fmt.Sprint(h.S), fmt.Sprint(h.E))
	nested := [][]fmt.Stringer{{b}, {n, b}}
	fmt.Println(nested)
	ptrs := []*Both{&b}
	fmt.Println(len(ptrs), *ptrs[0])
	anys := []any{ss[0], es[1], h.S, h.E}
	fmt.Println(anys...)
	fmt.Println(anys)
}
