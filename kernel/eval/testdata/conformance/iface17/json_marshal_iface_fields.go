package main

import (
	"encoding/json"
	"fmt"
)

type Shape interface{ Area() float64 }

type Rect struct {
	W float64 `json:"w"`
	H float64 `json:"h"`
}

func (r Rect) Area() float64 { return r.W * r.H }

type Scene struct {
	Main   Shape            `json:"main"`
	All    []Shape          `json:"all"`
	ByName map[string]Shape `json:"by_name,omitempty"`
	Empty  Shape            `json:"empty"`
	Skip   Shape            `json:"skip,omitempty"`
}

func main() {
	s := Scene{Main: Rect{1, 2}, All: []Shape{Rect{3, 4}, nil}, ByName: map[string]Shape{"x": Rect{5, 6}}}
	b, err := json.Marshal(s)
	fmt.Println(string(b), err)
	b, err = json.MarshalIndent(&s, "", " ")
	fmt.Println(string(b), err)
}
