package main

import (
	"fmt"
	"reflect"
)

type Greeter struct{ Name string }

func (g Greeter) Hello(p string) string { return p + ", " + g.Name }

func main() {
	g := Greeter{"Ann"}
	m := reflect.ValueOf(g).MethodByName("Hello")
	fmt.Println(m.IsValid())
	if m.IsValid() {
		fmt.Println(m.Call([]reflect.Value{reflect.ValueOf("hi")})[0])
	}
	fmt.Println(reflect.TypeOf(g).NumMethod())
}
