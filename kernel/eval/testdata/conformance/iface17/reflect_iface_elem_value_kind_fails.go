package main

import (
	"fmt"
	"reflect"
)

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

func main() {
	shapes := []Shape{Sq{1}, nil}
	v := reflect.ValueOf(shapes)
	fmt.Println(v.Len(), v.Kind())
	for i := 0; i < v.Len(); i++ {
		fmt.Println(i, v.Index(i).Kind())
	}
}
