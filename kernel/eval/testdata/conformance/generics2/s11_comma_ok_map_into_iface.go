// v, ok = m[k] where v has an interface type and the map's elements do
// not: v holds the element with its type and methods, and the element
// type's zero value when k is missing (not a nil interface).
package main

import (
	"fmt"
	"strings"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type notFound struct{ key string }

func (e *notFound) Error() string { return "not found: " + e.key }

type Registry[K comparable, V fmt.Stringer] struct{ m map[K]V }

func (r *Registry[K, V]) Describe(k K) string {
	var s fmt.Stringer
	var ok bool
	s, ok = r.m[k]
	return fmt.Sprint(s.String(), " ", ok)
}

func main() {
	temps := map[string]Celsius{"oslo": -3.5}
	var s fmt.Stringer
	var ok bool
	s, ok = temps["oslo"]
	fmt.Println(s, ok)
	s, ok = temps["rome"]
	fmt.Println(s, ok, s.String())

	var a any
	a, ok = temps["oslo"]
	_, isStringer := a.(fmt.Stringer)
	fmt.Printf("%v %T %v %v\n", a, a, ok, isStringer)

	errs := map[int]*notFound{1: {"x"}}
	var err error
	err, ok = errs[1]
	fmt.Println(err, ok)
	err, ok = errs[2]
	fmt.Println(err == nil, ok)

	var b strings.Builder
	r := &Registry[string, Celsius]{m: map[string]Celsius{"a": 21}}
	b.WriteString(r.Describe("a") + "; " + r.Describe("b"))
	fmt.Println(b.String())
}
