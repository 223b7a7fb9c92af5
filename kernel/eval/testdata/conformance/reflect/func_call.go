package main

import (
	"fmt"
	"reflect"
	"strings"
)

func add(a, b int) int { return a + b }

func main() {
	f := reflect.ValueOf(add)
	out := f.Call([]reflect.Value{reflect.ValueOf(2), reflect.ValueOf(3)})
	fmt.Println(out[0].Int(), f.Type())
	up := reflect.ValueOf(strings.ToUpper)
	fmt.Println(up.Call([]reflect.Value{reflect.ValueOf("go")})[0])
	t := f.Type()
	for i := 0; i < t.NumIn(); i++ {
		fmt.Println("in", i, t.In(i))
	}
	fmt.Println("out", t.Out(0), t.IsVariadic())
}
