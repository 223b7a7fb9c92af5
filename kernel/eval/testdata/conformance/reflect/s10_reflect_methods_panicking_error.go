package main

import (
	"errors"
	"fmt"
	"reflect"
)

type Both struct{ n int }

func (b Both) Error() string  { return fmt.Sprintf("error %d", b.n) }
func (b Both) String() string { return fmt.Sprintf("string %d", b.n) }

type Boom struct{}

func (Boom) Error() string  { panic("boom") }
func (Boom) String() string { return "boom-string" }

type NilMap map[string]int

func (m NilMap) Error() string  { return fmt.Sprintf("nilmap %d", len(m)) }
func (m NilMap) String() string { return "nm" }

func main() {
	ss := []fmt.Stringer{Both{1}}
	v := reflect.ValueOf(ss).Index(0)
	x := v.Interface()
	b, ok := x.(Both)
	fmt.Println(b.n, ok)
	e, ok := x.(error)
	fmt.Println(e, ok)
	m := v.Elem().MethodByName("Error")
	fmt.Println(m.Call(nil)[0].String())
	fmt.Println(v.Elem().Type().Name(), v.Elem().Type().String(), v.Elem().Kind())

	fmt.Println([]error{Boom{}})
	fmt.Printf("%v|%s\n", []fmt.Stringer{Boom{}}, struct{ E error }{Boom{}})

	var nm NilMap
	fmt.Println([]error{nm, NilMap{"a": 1}}, []fmt.Stringer{nm})
	es := []error{nm}
	fmt.Println(es[0] != nil, errors.Is(es[0], es[0]) || true)
	me := map[string]error{}
	for i := 0; i < 3; i++ {
		me[fmt.Sprint(i)] = Both{i}
	}
	for k := range me {
		if bb, ok := me[k].(Both); !ok || fmt.Sprint(bb.n) != k {
			fmt.Println("mismatch", k)
		}
	}
	fmt.Println(me)
}
