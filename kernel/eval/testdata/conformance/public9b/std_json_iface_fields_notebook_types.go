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

type Circle struct {
	R float64 `json:"r"`
}

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

type Scene struct {
	Name   string           `json:"name"`
	Main   Shape            `json:"main"`
	Extra  Shape            `json:"extra,omitempty"`
	All    []Shape          `json:"all"`
	ByName map[string]Shape `json:"by_name"`
	Err    error            `json:"err"`
	Str    fmt.Stringer     `json:"str"`
}

type typed struct {
	Kind string          `json:"kind"`
	Data json.RawMessage `json:"data"`
}

func decodeShape(b []byte) (Shape, error) {
	var t typed
	if err := json.Unmarshal(b, &t); err != nil {
		return nil, err
	}
	switch t.Kind {
	case "rect":
		var r Rect
		err := json.Unmarshal(t.Data, &r)
		return r, err
	case "circle":
		c := &Circle{}
		err := json.Unmarshal(t.Data, c)
		return c, err
	}
	return nil, fmt.Errorf("unknown kind %q", t.Kind)
}

func main() {
	s := Scene{
		Name:   "demo",
		Main:   Rect{2, 3},
		All:    []Shape{Rect{1, 1}, &Circle{2}, nil},
		ByName: map[string]Shape{"c": &Circle{1}, "r": Rect{4, 5}},
	}
	b, err := json.Marshal(s)
	fmt.Println(string(b), err)
	var back Scene
	err = json.Unmarshal(b, &back)
	fmt.Println(err)
	for _, in := range []string{`{"kind":"rect","data":{"w":3,"h":4}}`, `{"kind":"circle","data":{"r":1}}`, `{"kind":"tri","data":{}}`} {
		sh, err := decodeShape([]byte(in))
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%T %v %.1f\n", sh, sh, sh.Area())
	}
	var anyShapes []any
	for _, sh := range s.All {
		anyShapes = append(anyShapes, sh)
	}
	b, _ = json.Marshal(anyShapes)
	fmt.Println(string(b))
}
