package main

import (
	"fmt"
	"reflect"
)

// Shouter is an interface declared in the program.
type Shouter interface {
	Upper() string
	Repeat(n int) []string
}

func main() {
	p := reflect.TypeOf((*Shouter)(nil))
	fmt.Println(p.Kind(), p.String(), p.Name() == "")
	t := p.Elem()
	fmt.Println(t.Kind(), t.Name(), t.String(), t.PkgPath(), t.NumMethod())
	for i := 0; i < t.NumMethod(); i++ {
		m := t.Method(i)
		fmt.Println(i, m.Name, m.Type, m.Index, m.PkgPath == "")
	}
	fmt.Println(t == reflect.TypeFor[Shouter]())
	fmt.Println(reflect.PointerTo(t) == p)
	m, ok := t.MethodByName("Repeat")
	fmt.Println(m.Name, m.Type.NumIn(), m.Type.In(0), m.Type.Out(0), ok)
	_, ok = t.MethodByName("Lower")
	fmt.Println(ok, t.Comparable(), t.Size() == reflect.TypeOf((*any)(nil)).Elem().Size())
}
