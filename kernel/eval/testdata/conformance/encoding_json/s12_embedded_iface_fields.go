package main

import (
	"encoding/json"
	"fmt"
)

type Shape interface{ Area() float64 }

type Circle struct {
	R float64 `json:"r"`
}

func (c Circle) Area() float64 { return 3 * c.R * c.R }

type Rect struct {
	W float64 `json:"w"`
	H float64 `json:"h"`
}

func (r *Rect) Area() float64 { return r.W * r.H }

type Meta struct {
	ID      int    `json:"id"`
	Comment string `json:"comment,omitempty"`
}

type Drawing struct {
	Meta
	Shapes []Shape          `json:"shapes"`
	Named  map[string]Shape `json:"named"`
	Main   Shape            `json:"main"`
	Nil    Shape            `json:"nil"`
}

type typed struct {
	Kind string          `json:"kind"`
	Data json.RawMessage `json:"data"`
}

func decodeShape(t typed) (Shape, error) {
	switch t.Kind {
	case "circle":
		var c Circle
		return c, json.Unmarshal(t.Data, &c)
	case "rect":
		r := &Rect{}
		return r, json.Unmarshal(t.Data, r)
	}
	return nil, fmt.Errorf("unknown kind %q", t.Kind)
}

func main() {
	d := Drawing{
		Meta:   Meta{ID: 7},
		Shapes: []Shape{Circle{1}, &Rect{2, 3}},
		Named:  map[string]Shape{"big": &Rect{10, 10}},
		Main:   Circle{2},
	}
	b, err := json.Marshal(d)
	fmt.Println(string(b), err)
	var raw []typed
	json.Unmarshal([]byte(`[{"kind":"circle","data":{"r":2}},{"kind":"rect","data":{"w":4,"h":5}},{"kind":"tri","data":{}}]`), &raw)
	for _, t := range raw {
		s, err := decodeShape(t)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%T %v\n", s, s.Area())
	}
	var back Drawing
	err = json.Unmarshal(b, &back)
	fmt.Println(back.ID, err)
	var generic map[string]any
	json.Unmarshal(b, &generic)
	fmt.Println(generic["shapes"], generic["id"])
}
