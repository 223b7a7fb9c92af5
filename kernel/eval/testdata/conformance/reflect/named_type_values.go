package main

import (
	"fmt"
	"reflect"
)

type Weekday int
type Label string

func main() {
	d := Weekday(3)
	v := reflect.ValueOf(d)
	fmt.Println(v.Type(), v.Kind(), v.Int(), v.Type().Name())
	l := Label("x")
	fmt.Println(reflect.TypeOf(l), reflect.ValueOf(l).String())
	fmt.Println(reflect.TypeOf(d).ConvertibleTo(reflect.TypeOf(0)))
	c := reflect.ValueOf(5).Convert(reflect.TypeOf(d))
	fmt.Println(c.Type(), c.Int())
}
