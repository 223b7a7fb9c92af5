package main

import (
	"fmt"
	"reflect"
	"strconv"
)

type Ref struct{ n int }

func (r *Ref) String() string {
	if r == nil {
		return "nil-ref"
	}
	return "ref" + strconv.Itoa(r.n)
}

type V int

func (v V) String() string { return "v" + strconv.Itoa(int(v)) }

type Box[T any] struct{ v T }

func (b Box[T]) String() string { return fmt.Sprint("box:", b.v) }

type Inner struct{ id int }

func (i Inner) String() string { return "inner" + strconv.Itoa(i.id) }

type Outer struct {
	Inner
	name string
}

func main() {
	var p *Ref
	var s fmt.Stringer = p
	fmt.Println(s != nil, s.String(), reflect.TypeOf(s), reflect.ValueOf(s).IsNil())

	vp := new(V)
	*vp = 4
	var sp fmt.Stringer = vp
	fmt.Println(sp, reflect.TypeOf(sp))
	*vp = 5
	fmt.Println(sp.String())
	got, ok := sp.(*V)
	fmt.Println(ok, got == vp)

	var b fmt.Stringer = Box[int]{7}
	fmt.Println(b, reflect.TypeOf(b))
	bb, ok := b.(Box[int])
	fmt.Println(bb.v, ok)
	_, ok = b.(Box[string])
	fmt.Println(ok)

	f := b.String
	fmt.Println(f())
	m := map[fmt.Stringer]int{V(1): 1, Box[int]{1}: 2, Box[string]{"1"}: 3}
	fmt.Println(m[V(1)], m[Box[int]{1}], m[Box[string]{"1"}], len(m))

	var o fmt.Stringer = Outer{Inner{3}, "o"}
	fmt.Println(o, o.String())
	oo, ok := o.(Outer)
	fmt.Println(oo.name, ok)
	_, ok = o.(Inner)
	fmt.Println(ok)

	var x, y fmt.Stringer = V(2), V(2)
	fmt.Println(x == y, x == fmt.Stringer(V(3)), any(x) == any(V(2)))
}
