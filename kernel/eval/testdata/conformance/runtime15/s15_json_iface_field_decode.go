package main

import (
	"encoding/json"
	"fmt"
)

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Scene struct {
	Name  string
	Main  Shape
	Extra any
}

// Decoding into a field of a notebook interface type: a nil one fails
// with Go's error; one holding a pointer decodes into it.
func main() {
	var s Scene
	err := json.Unmarshal([]byte(`{"Name":"a","Main":{"W":2,"H":3}}`), &s)
	fmt.Println(err, s.Name, s.Main == nil)
	s2 := Scene{Main: &Rect{}}
	err = json.Unmarshal([]byte(`{"Main":{"W":2,"H":3},"Extra":[1,"x"]}`), &s2)
	fmt.Println(err, s2.Main.Area(), s2.Extra)
	err = json.Unmarshal([]byte(`{"Main":null}`), &s2)
	fmt.Println(err, s2.Main == nil)
	out, _ := json.Marshal(Scene{Name: "b", Main: Rect{1, 2}, Extra: Rect{3, 4}})
	fmt.Println(string(out))
}
