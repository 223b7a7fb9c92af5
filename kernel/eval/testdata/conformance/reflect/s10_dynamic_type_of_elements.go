package main

import (
	"fmt"
	"reflect"
)

type Both struct{ code int }

func (b Both) Error() string  { return fmt.Sprintf("error %d", b.code) }
func (b Both) String() string { return fmt.Sprintf("string %d", b.code) }

type PB struct{ n int }

func (p *PB) Error() string  { return "pb" }
func (p *PB) String() string { return "PB" }

type H struct {
	S fmt.Stringer
	E error
}

func main() {
	ss := []fmt.Stringer{Both{1}, &PB{2}}
	for _, s := range ss {
		t := reflect.TypeOf(s)
		fmt.Println(t, t.Kind(), t.NumMethod())
		for i := 0; i < t.NumMethod(); i++ {
			fmt.Println("  ", t.Method(i).Name)
		}
		v := reflect.ValueOf(s)
		fmt.Println(v.MethodByName("Error").Call(nil)[0], v.MethodByName("String").Call(nil)[0])
		fmt.Println(t.Implements(reflect.TypeOf((*error)(nil)).Elem()))
	}
	h := H{Both{3}, Both{4}}
	v := reflect.ValueOf(h)
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		fmt.Println(v.Type().Field(i).Name, f.Kind(), f.Elem().Type(), f.Interface())
	}
	fmt.Println(reflect.ValueOf(ss).Index(0).Elem().Type())
	ev := reflect.ValueOf([]error{Both{5}}).Index(0)
	fmt.Println(ev.Type(), ev.Elem().Type(), ev.Interface())
	fmt.Println(reflect.DeepEqual(ss[0], Both{1}), reflect.DeepEqual(h, H{Both{3}, Both{4}}))
}
