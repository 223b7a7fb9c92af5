package main

import (
	"fmt"
	"reflect"
)

type Item struct {
	Name string
	Tags []string
	Attr map[string]int
}

type Celsius float64

func main() {
	a := Item{"a", []string{"x"}, map[string]int{"k": 1}}
	b := Item{"a", []string{"x"}, map[string]int{"k": 1}}
	c := Item{"a", []string{"y"}, nil}
	fmt.Println(reflect.DeepEqual(a, b), reflect.DeepEqual(a, c))
	fmt.Println(reflect.DeepEqual([]int{1, 2}, []int{1, 2}), reflect.DeepEqual(map[string]int{"a": 1}, map[string]int{"a": 2}))
	fmt.Println(reflect.DeepEqual(Celsius(1), Celsius(1)), reflect.DeepEqual(Celsius(1), 1.0))
	fmt.Println(reflect.DeepEqual(nil, nil), reflect.DeepEqual([]int(nil), []int{}))
}
