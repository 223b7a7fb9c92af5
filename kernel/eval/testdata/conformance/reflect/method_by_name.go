package main

import (
	"fmt"
	"reflect"
	"strings"
)

func main() {
	var sb strings.Builder
	m := reflect.ValueOf(&sb).MethodByName("WriteString")
	m.Call([]reflect.Value{reflect.ValueOf("hello")})
	fmt.Println(sb.String(), m.Type())
	t := reflect.TypeOf(&sb)
	_, ok := t.MethodByName("Len")
	fmt.Println(ok, t.NumMethod() > 3)
	r := strings.NewReplacer("a", "b")
	out := reflect.ValueOf(r).MethodByName("Replace").Call([]reflect.Value{reflect.ValueOf("banana")})
	fmt.Println(out[0])
}
