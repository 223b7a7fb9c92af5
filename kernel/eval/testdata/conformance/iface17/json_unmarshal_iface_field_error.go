package main

import (
	"encoding/json"
	"fmt"
)

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Scene struct {
	Name string
	Main Shape
}

func main() {
	var s Scene
	err := json.Unmarshal([]byte(`{"Name":"a","Main":{"W":1}}`), &s)
	fmt.Println(s.Name, s.Main == nil, err)
	s2 := Scene{Main: Rect{1, 1}}
	err = json.Unmarshal([]byte(`{"Name":"b","Main":null}`), &s2)
	fmt.Println(s2.Name, s2.Main == nil, err)
	var s3 Scene
	err = json.Unmarshal([]byte(`{"Name":"c"}`), &s3)
	fmt.Println(s3.Name, s3.Main == nil, err)
}
