package main

import (
	"fmt"
	"reflect"
	"strconv"
)

type base struct{ n int }

func (b base) String() string { return "base" + strconv.Itoa(b.n) }

type mid struct {
	base
	tag string
}

type top struct {
	mid
	extra int
}

// ptrTop reaches String through an embedded pointer two levels down.
type ptrMid struct {
	*base
}

type ptrTop struct {
	*ptrMid
}

// hidden has String at depth 2 twice (ambiguous): no String, so fmt prints
// the fields.
type other struct{ s string }

func (o other) String() string { return "other" }

type amb struct {
	mid
	wrap
}

type wrap struct{ other }

func main() {
	var s fmt.Stringer = top{mid{base{1}, "t"}, 2}
	fmt.Println(s, reflect.TypeOf(s), reflect.TypeOf(s).NumMethod())
	m := map[fmt.Stringer]string{s: "one"}
	m[top{mid{base{1}, "t"}, 2}] += "!"
	m[mid{base{1}, "t"}] = "mid"
	fmt.Println(len(m), m[s], m[mid{base{1}, "t"}])
	_, isTop := s.(top)
	fmt.Println(isTop)
	p := ptrTop{&ptrMid{&base{5}}}
	s = p
	fmt.Println(s, reflect.TypeOf(s))
	fmt.Printf("%v %s %d\n", p, []fmt.Stringer{top{}, mid{}}, len(fmt.Sprint(amb{})))
	_, ok := any(amb{}).(fmt.Stringer)
	fmt.Println(ok)
}
