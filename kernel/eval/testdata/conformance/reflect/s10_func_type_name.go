package main

import (
	"fmt"
	"reflect"
)

type F func() int

func (f F) Error() string { return "e" }

type G func(string) bool

func main() {
	fmt.Println(reflect.TypeOf(F(nil)), reflect.TypeOf(G(nil)))
	fmt.Println(reflect.TypeOf(F(nil)).Name(), reflect.TypeOf(G(nil)).Kind())
	fmt.Printf("%T %T\n", F(nil), G(nil))
}
