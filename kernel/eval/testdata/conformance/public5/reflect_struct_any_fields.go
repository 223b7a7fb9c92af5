package main

import (
	"encoding/json"
	"fmt"
	"reflect"
)

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Pair struct {
	K string
	V any
}

type Holder struct {
	Main   Pair
	Extra  any
	List   []any
	hidden any
}

func main() {
	h := Holder{Main: Pair{"k", Sq{2}}, Extra: Sq{3}, List: []any{Sq{4}, 5}, hidden: Sq{6}}
	v := reflect.ValueOf(h)
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		fmt.Println(v.Type().Field(i).Name, f.Kind(), f.Type())
	}
	fmt.Println(v.Field(0).Field(1).Elem().Type(), v.Field(1).Elem().Type(), v.Field(2).Index(0).Elem().Type())
	b, err := json.Marshal(h)
	fmt.Println(string(b), err)
	fmt.Printf("%v %+v\n", h, h)
	var a any = h
	fmt.Println(reflect.TypeOf(a).Name(), reflect.DeepEqual(a, h))
}
