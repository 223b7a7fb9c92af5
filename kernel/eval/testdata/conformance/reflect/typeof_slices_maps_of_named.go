package main

import (
	"fmt"
	"reflect"
)

type Point struct{ X, Y int }

func main() {
	fmt.Println(reflect.TypeOf([]int{}), reflect.TypeOf(map[string]bool{}), reflect.TypeOf([3]byte{}))
	fmt.Println(reflect.TypeOf(make(chan int)), reflect.TypeOf(func(int) string { return "" }))
	fmt.Println(reflect.TypeOf(&Point{}).Elem().Name(), reflect.TypeOf(Point{}).Kind())
	fmt.Println(reflect.TypeOf([]any{}).Elem().Kind())
}
