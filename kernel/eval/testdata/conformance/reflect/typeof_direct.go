package main

import (
	"fmt"
	"reflect"
)

type Celsius float64
type P struct{ X, Y int }

func main() {
	fmt.Println(reflect.TypeOf(Celsius(3)).Name(), reflect.TypeOf(P{}).Name(), reflect.TypeOf(P{}).String())
	var c Celsius = 4
	fmt.Println(reflect.TypeOf(c), reflect.ValueOf(c).Kind(), reflect.ValueOf(c).Float())
	var a any = c
	fmt.Println(reflect.TypeOf(a), reflect.TypeOf(a) == reflect.TypeOf(c))
	fmt.Println(reflect.TypeOf(c) == reflect.TypeOf(0.0))
}
