package main

import (
	"fmt"
	"reflect"
)

type Key struct {
	A int
	B string
}

func main() {
	m := map[any]int{}
	m[Key{1, "a"}] = 1
	k := reflect.ValueOf(Key{1, "a"}).Interface()
	m[k]++
	fmt.Println(len(m), m[Key{1, "a"}], k == any(Key{1, "a"}))
}
