package main

import (
	"fmt"
	"reflect"
)

type Point struct{ X, Y int }

func main() {
	p := reflect.New(reflect.TypeOf(Point{}))
	p.Elem().Field(0).SetInt(3)
	fmt.Printf("%+v %T\n", p.Elem().Interface(), p.Interface())
	z := reflect.Zero(reflect.TypeOf(0))
	fmt.Println(z.Int(), z.IsZero())
	fmt.Println(reflect.ValueOf(Point{}).IsZero(), reflect.ValueOf(Point{1, 0}).IsZero())
	q := reflect.New(reflect.TypeOf("")).Elem()
	q.SetString("hello")
	fmt.Println(q.Interface())
}
