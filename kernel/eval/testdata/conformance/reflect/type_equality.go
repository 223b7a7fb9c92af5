package main

import (
	"fmt"
	"reflect"
)

type A int
type B int

func main() {
	fmt.Println(reflect.TypeOf(A(1)) == reflect.TypeOf(B(1)))
	fmt.Println(reflect.TypeOf(A(1)) == reflect.TypeOf(A(2)))
	fmt.Println(reflect.TypeOf(A(1)) == reflect.TypeOf(1))
	var x, y any = A(1), B(1)
	fmt.Println(x == y, x == any(A(1)))
}
