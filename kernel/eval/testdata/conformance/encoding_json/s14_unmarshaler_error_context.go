package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Temp float64

func (t *Temp) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*t = 1
	return nil
}

type Pos struct{ X int }

func (p *Pos) UnmarshalJSON(b []byte) error {
	var v struct{ X int }
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	p.X = v.X
	return nil
}

type Base struct {
	Temps []Temp `json:"temps"`
}

type Reading struct {
	City string
	Base
	Max  *Temp
	Pos  []Pos `json:"pos"`
	Tags map[string]Temp
}

type Outer struct {
	R    Reading `json:"r"`
	List []Reading
}

// The error of an UnmarshalJSON method called for an element of a slice,
// a map or a pointer in a struct gets the struct and the path of fields as
// a decoder gives them, and it is the error even after a type error.
func main() {
	var r Reading
	fmt.Println(json.Unmarshal([]byte(`{"temps":["a",1]}`), &r))
	fmt.Println(json.Unmarshal([]byte(`{"Max":2}`), &r))
	fmt.Println(json.Unmarshal([]byte(`{"pos":[{"X":"s"}]}`), &r))
	fmt.Println(json.Unmarshal([]byte(`{"Tags":{"k":3}}`), &r))
	var o Outer
	fmt.Println(json.Unmarshal([]byte(`{"r":{"temps":[1]}}`), &o))
	fmt.Println(json.Unmarshal([]byte(`{"List":[{"Max":true}]}`), &o))
	err := json.Unmarshal([]byte(`{"City":5,"Max":2}`), &r)
	fmt.Println(err)
	var ute *json.UnmarshalTypeError
	if errors.As(err, &ute) {
		fmt.Printf("%q %q %v\n", ute.Struct, ute.Field, ute.Type)
	}
	var ts []Temp
	fmt.Println(json.Unmarshal([]byte(`["x",2]`), &ts))
	var mp map[string][]Pos
	fmt.Println(json.Unmarshal([]byte(`{"a":[{"X":true}]}`), &mp))
}
