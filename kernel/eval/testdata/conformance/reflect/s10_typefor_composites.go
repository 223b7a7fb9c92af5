package main

import (
	"fmt"
	"reflect"
)

type Plugin interface{ Name() string }

type Plugins []Plugin

type echo struct{}

func (echo) Name() string { return "echo" }

func elemImplements[S any](v any) bool {
	st := reflect.TypeFor[S]()
	return reflect.TypeOf(v).Implements(st.Elem())
}

func main() {
	fmt.Println(reflect.TypeFor[[]Plugin](), reflect.TypeFor[map[string][]Plugin](), reflect.TypeFor[chan<- Plugin]())
	fmt.Println(reflect.TypeFor[[2]*Plugin](), reflect.TypeFor[map[Plugin]int]().Key().Kind())
	fmt.Println(reflect.TypeOf((*[]Plugin)(nil)).Elem().Elem().Kind(), reflect.TypeFor[Plugins]().Kind())
	fmt.Println(elemImplements[[]Plugin](echo{}), elemImplements[[]Plugin](3), elemImplements[map[int]Plugin](&echo{}))
	fmt.Printf("%T %T\n", (*[]Plugin)(nil), (*map[string]Plugin)(nil))
}
