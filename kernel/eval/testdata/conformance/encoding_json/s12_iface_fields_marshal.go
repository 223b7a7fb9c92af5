package main

// encoding/json of a struct with fields of an interface type of the
// program (alone, in a slice, in a map, nil, omitempty) and of type any,
// decoded back into any fields, and the error of decoding into one.

import (
	"encoding/json"
	"fmt"
)

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Circle struct {
	R float64 `json:"radius"`
}

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

type Doc struct {
	Title  string
	Main   Shape
	Others []Shape
	ByName map[string]Shape
	Meta   any
	Opt    Shape `json:",omitempty"`
}

func main() {
	d := Doc{Title: "t", Main: Rect{2, 3}, Others: []Shape{&Circle{1}, nil}, ByName: map[string]Shape{"r": Rect{1, 1}}, Meta: Rect{4, 5}}
	b, err := json.Marshal(d)
	fmt.Println(string(b), err)
	b, err = json.MarshalIndent(&d, "", " ")
	fmt.Println(len(b), err)
	var back struct {
		Title string
		Main  any
		Meta  map[string]float64
	}
	fmt.Println(json.Unmarshal(b, &back), back.Title, back.Main, back.Meta["W"])
	var d2 Doc
	err = json.Unmarshal([]byte(`{"Title":"x","Main":{"W":1}}`), &d2)
	fmt.Println(err, d2.Title, d2.Main == nil)
}
