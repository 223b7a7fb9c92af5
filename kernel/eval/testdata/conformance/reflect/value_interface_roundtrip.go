package main

import (
	"fmt"
	"reflect"
)

type Celsius float64
type Point struct{ X, Y int }

func main() {
	v := reflect.ValueOf(Celsius(21.5))
	c := v.Interface().(Celsius)
	fmt.Println(c+1, v.Type())
	p := reflect.ValueOf(Point{1, 2}).Interface().(Point)
	fmt.Println(p.X + p.Y)
	var anything any = reflect.ValueOf(Celsius(2)).Interface()
	switch x := anything.(type) {
	case float64:
		fmt.Println("float64", x)
	case Celsius:
		fmt.Println("Celsius", x)
	}
}
