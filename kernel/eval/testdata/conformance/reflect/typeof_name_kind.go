package main

import (
	"fmt"
	"reflect"
)

type Celsius float64
type Point struct{ X, Y int }
type Names []string

func main() {
	for _, v := range []any{Celsius(3), Point{1, 2}, Names{"a"}, 7, "s", 2.5} {
		t := reflect.TypeOf(v)
		fmt.Println(t.Name(), t.Kind(), t.String(), t.PkgPath())
	}
}
