package main

import (
	"fmt"
	"reflect"
)

type T struct {
	A int    `json:"a" xml:"aa"`
	B string `json:"b,omitempty"`
	_ int
}

func main() {
	t := reflect.TypeOf(T{})
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Println(f.Name, f.Tag.Get("json"), f.Tag.Get("xml"))
	}
	p := struct {
		X, Y int
	}{1, 2}
	fmt.Println(p, p.X+p.Y)
	var empty struct{}
	fmt.Println(empty, reflect.TypeOf(empty).Size())
}
