package main

import (
	"fmt"
	"reflect"
)

type T struct{ N int }

func (t T) Hello(s string) string { return fmt.Sprint("hello ", s, t.N) }
func (t *T) Inc()                 { t.N++ }
func (t T) private()              {}

type I interface{ Hello(string) string }

func main() {
	t := T{1}
	rt := reflect.TypeOf(t)
	fmt.Println(rt.NumMethod(), reflect.TypeOf(&t).NumMethod())
	for i := 0; i < rt.NumMethod(); i++ {
		fmt.Println(rt.Method(i).Name, rt.Method(i).Type)
	}
	m, ok := rt.MethodByName("Hello")
	fmt.Println(m.Name, ok)
	v := reflect.ValueOf(&t)
	out := v.MethodByName("Hello").Call([]reflect.Value{reflect.ValueOf("x")})
	fmt.Println(out[0])
	v.MethodByName("Inc").Call(nil)
	fmt.Println(t.N)
	fmt.Println(rt.Implements(reflect.TypeOf((*I)(nil)).Elem()), reflect.TypeOf(&t).Implements(reflect.TypeOf((*fmt.Stringer)(nil)).Elem()))
	fmt.Println(reflect.DeepEqual(T{1}, T{1}), reflect.DeepEqual([]T{{1}}, []T{{2}}), rt.Name(), rt.String(), rt.PkgPath(), rt.Kind())
}
