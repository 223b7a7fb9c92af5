package main

import (
	"fmt"
	"reflect"
)

type Node struct {
	Val  int
	Next *Node
}

func main() {
	n := &Node{Val: 1}
	t := reflect.TypeOf(n)
	fmt.Println(t.Kind(), t.Elem().Kind(), t.Elem().NumField(), t.Elem().Field(1).Type.Kind())
	v := reflect.ValueOf(n)
	fmt.Println(v.Elem().Field(0).Int(), v.Elem().Field(1).IsNil())
	x := 10
	reflect.ValueOf(&x).Elem().SetInt(20)
	fmt.Println(x)
}
