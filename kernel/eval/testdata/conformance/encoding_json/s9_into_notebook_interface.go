// json.Unmarshal into a field (or a variable) of a notebook interface type
// gives the UnmarshalTypeError Go gives: an object is not decoded into a
// nil interface, nor into a non-pointer value it holds; null sets it nil.
package main

import (
	"encoding/json"
	"fmt"
)

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Holder struct {
	Name  string
	Shape Shape
}

type Plain struct {
	V fmt.Stringer
}

func main() {
	var h Holder
	err := json.Unmarshal([]byte(`{"Name":"a","Shape":{"S":2}}`), &h)
	fmt.Println(h.Name, h.Shape == nil, err)
	var ute *json.UnmarshalTypeError
	if e, ok := err.(*json.UnmarshalTypeError); ok {
		ute = e
		fmt.Println(ute.Field, ute.Value, ute.Type)
	}
	h2 := Holder{Shape: Sq{1}}
	err = json.Unmarshal([]byte(`{"Name":"b","Shape":{"S":3}}`), &h2)
	fmt.Println(h2.Name, err)
	err = json.Unmarshal([]byte(`{"Name":"c","Shape":null}`), &h2)
	fmt.Println(h2.Name, h2.Shape == nil, err)
	var p Plain
	err = json.Unmarshal([]byte(`{"V":{"x":1}}`), &p)
	fmt.Println(err)
	var s Shape
	err = json.Unmarshal([]byte(`{"S":1}`), &s)
	fmt.Println(err)
}
