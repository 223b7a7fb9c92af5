package main

// Method values and method expressions whose signatures name the
// program's types held by a []any: %T, assertions back, reflect calls,
// and reflect's MethodByName.

import (
	"fmt"
	"reflect"
)

type Ev struct{ Name string }

type Shape interface{ Area() int }

type Sq int

func (s Sq) Area() int { return int(s * s) }

type Svc struct{ prefix string }

func (s *Svc) Handle(e Ev) string        { return s.prefix + e.Name }
func (s Svc) Measure(sh Shape) int       { return sh.Area() + len(s.prefix) }
func (s *Svc) Make(n int) (Shape, error) { return Sq(n), nil }

func main() {
	s := &Svc{"> "}
	hs := []any{s.Handle, (*Svc).Handle, s.Measure, s.Make}
	for _, h := range hs {
		fmt.Printf("%T\n", h)
	}
	fmt.Println(hs[0].(func(Ev) string)(Ev{"a"}))
	fmt.Println(hs[1].(func(*Svc, Ev) string)(s, Ev{"b"}))
	fmt.Println(hs[2].(func(Shape) int)(Sq(3)))
	out := reflect.ValueOf(hs[0]).Call([]reflect.Value{reflect.ValueOf(Ev{"c"})})
	fmt.Println(out[0])
	out = reflect.ValueOf(hs[3]).Call([]reflect.Value{reflect.ValueOf(5)})
	fmt.Println(out[0].Interface().(Shape).Area(), out[1].IsNil(), out[0].Type())
	m := reflect.ValueOf(s).MethodByName("Handle")
	fmt.Println(m.Type(), m.Call([]reflect.Value{reflect.ValueOf(Ev{"d"})})[0])
}
