package main

import (
	"fmt"
	"reflect"
)

type T struct {
	A int
	B string
}

func (T) M1() {}
func (T) M2() {}

func main() {
	for f := range reflect.TypeFor[T]().Fields() {
		fmt.Println(f.Name, f.Type)
	}
	for f, v := range reflect.ValueOf(T{1, "x"}).Fields() {
		fmt.Println(f.Name, v)
	}
	for m := range reflect.TypeFor[T]().Methods() {
		fmt.Print(m.Name, " ")
	}
	fmt.Println()
	for in := range reflect.TypeFor[func(int, string) bool]().Ins() {
		fmt.Print(in, " ")
	}
	fmt.Println()
}
