package main

import (
	"fmt"
	"reflect"
)

type Shape interface{ Area() float64 }

type Box struct {
	N int
	S Shape
}

func main() {
	t := reflect.TypeOf(Box{})
	for i := 0; i < t.NumField(); i++ {
		fmt.Println(t.Field(i).Name, t.Field(i).Type.Kind())
	}
}
