package main

import (
	"fmt"
	"reflect"
)

type ID int

func typeName[T any](v T) string {
	return reflect.TypeOf(v).String()
}

func main() {
	fmt.Println(typeName(1), typeName("s"), typeName(ID(4)), typeName([]ID{1}))
	fmt.Printf("%T %v\n", ID(4), ID(4))
}
