package main

import (
	"fmt"
	"reflect"
)

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Box struct {
	Name string `tag:"n"`
	S    Shape  `tag:"s"`
	N    int
}

func main() {
	b := Box{"b", Sq{2}, 3}
	t := reflect.TypeOf(b)
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Println(f.Name, f.Tag.Get("tag"), f.Index, f.Anonymous)
	}
	v := reflect.ValueOf(b)
	s := v.Field(1).Interface().(Shape)
	fmt.Println(s.Area(), v.Field(0).String(), v.Field(2).Int(), v.NumField())
	fmt.Println(reflect.DeepEqual(b, Box{"b", Sq{2}, 3}), reflect.DeepEqual(b, Box{"b", Sq{1}, 3}))
}
