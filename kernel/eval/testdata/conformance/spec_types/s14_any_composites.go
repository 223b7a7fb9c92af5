package main

import (
	"fmt"
	"reflect"
)

type Handler func(any) any

func main() {
	var s []any = []interface{}{1, "a"}
	var m map[string]interface{} = map[string]any{"k": 1}
	var f func(interface{}) any = func(x any) interface{} { return x }
	var h Handler = f
	var p *any
	var q *interface{} = p
	var ch chan any = make(chan interface{}, 1)
	ch <- 2
	fmt.Println(len(s), m["k"], f(3), h(4), q == nil, <-ch)
	fmt.Printf("%T|%T|%T|%T|%T\n", s, m, f, p, ch)
	var x any = s
	_, ok := x.([]interface{})
	fmt.Println(ok, reflect.TypeOf(s) == reflect.TypeOf([]interface{}{}))
	var y any = m
	switch y.(type) {
	case map[string]interface{}:
		fmt.Println("map any")
	}
	arr := [2]any{1, 2}
	var arr2 [2]interface{} = arr
	fmt.Println(arr2)
	type pair struct {
		A any
		B interface{}
	}
	var z any = pair{1, 2}
	_, ok = z.(pair)
	fmt.Println(ok)
}
