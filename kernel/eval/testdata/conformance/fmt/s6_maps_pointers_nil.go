package main

import (
	"errors"
	"fmt"
)

type Inner struct {
	A int
	B []string
}

type Outer struct {
	Name string
	In   Inner
	P    *Inner
	M    map[string]int
	E    error
	Any  any
	F    func()
	Ch   chan int
}

func main() {
	m := map[string]int{"z": 26, "a": 1, "m": 13}
	fmt.Printf("%v %d %#v\n", m, m, m)
	mi := map[int][]string{3: {"c"}, 1: {"a", "b"}}
	fmt.Printf("%v %q\n", mi, mi)
	var nm map[string]bool
	fmt.Printf("%v %#v\n", nm, nm)
	o := Outer{Name: "o", In: Inner{1, []string{"x"}}, M: map[string]int{"k": 1}}
	fmt.Printf("%v\n%+v\n", o, o)
	o.E = errors.New("bad")
	o.Any = 3.5
	fmt.Printf("%v\n%+v\n", o, o)
	var ip *int
	var e error
	var a any
	fmt.Printf("%v %v %v %d %s %+v\n", ip, e, a, ip, e, a)
	fmt.Printf("%#v %#v %T %T %T\n", e, a, e, a, ip)
	fmt.Println(ip, e, a, nm, []int(nil))
	x := 5
	p := &x
	fmt.Printf("%v %t\n", p == &x, *p == 5)
	pi := &Inner{2, nil}
	fmt.Printf("%v %+v\n", pi, pi)
	fmt.Printf("%v %+v\n", []*Inner{nil}, struct{ P *int }{})
	fmt.Printf("%s %d\n", nil, nil)
	fmt.Printf("%v|%s|%d\n", []any{nil, 1}, []error{nil}, map[string]any{"a": nil})
}
