package main

import (
	"fmt"
	"reflect"
)

type Getter[T any] interface{ Get() T }

type Setter[T any] interface{ Set(v T) }

type Store[T any] interface {
	Getter[T]
	Setter[T]
	Len() int
}

type cell struct{ v int }

func (c *cell) Get() int  { return c.v }
func (c *cell) Set(v int) { c.v = v }
func (c *cell) Len() int  { return 1 }

func implements[I any](v any) bool {
	return reflect.TypeOf(v).Implements(reflect.TypeFor[I]())
}

func main() {
	st := reflect.TypeFor[Store[int]]()
	fmt.Println(st.Kind(), st.NumMethod())
	for i := 0; i < st.NumMethod(); i++ {
		fmt.Println(st.Method(i).Name, st.Method(i).Type)
	}
	fmt.Println(implements[Store[int]](&cell{}), implements[Store[string]](&cell{}), implements[Getter[int]](cell{}))
	fmt.Println(implements[Setter[int]](&cell{}), implements[fmt.Stringer](&cell{}))
}
