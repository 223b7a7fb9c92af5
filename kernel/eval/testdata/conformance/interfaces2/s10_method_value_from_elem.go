package main

import (
	"fmt"
	"strings"
)

type Both struct{ code int }

func (b Both) Error() string  { return fmt.Sprintf("error %d", b.code) }
func (b Both) String() string { return fmt.Sprintf("string %d", b.code) }

type Name string

func (n Name) String() string { return strings.ToUpper(string(n)) }
func (n Name) Error() string  { return "bad name " + string(n) }

func main() {
	ss := []fmt.Stringer{Both{1}, Name("ann")}
	es := []error{Both{2}, Name("bob")}
	var fs []func() string
	for _, s := range ss {
		fs = append(fs, s.String)
	}
	for _, e := range es {
		fs = append(fs, e.Error)
	}
	for _, f := range fs {
		fmt.Println(f())
	}
	f := fmt.Stringer.String
	g := error.Error
	fmt.Println(f(ss[0]), g(es[1]), f(Both{9}))
	m := map[string]func() string{"x": ss[1].String}
	fmt.Println(m["x"]())
	type T struct{ F func() string }
	t := T{es[0].Error}
	fmt.Println(t.F())
	fmt.Println(strings.Join([]string{ss[0].String(), es[0].Error()}, ","))
}
