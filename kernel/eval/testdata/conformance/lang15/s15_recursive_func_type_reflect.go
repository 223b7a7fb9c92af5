package main

import (
	"fmt"
	"reflect"
)

type Fn func(Fn) int

func main() {
	var f Fn = func(g Fn) int { return 1 }
	t := reflect.TypeOf(f)
	fmt.Println(t.String(), t.Kind(), t.Name())
	fmt.Println(t.In(0).String())
}
