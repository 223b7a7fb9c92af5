package main

import (
	"encoding/json"
	"fmt"
)

type Shape interface{ Area() float64 }

type Rect struct {
	W, H float64
}

func (r Rect) Area() float64 { return r.W * r.H }

type Circle struct {
	R float64 `json:"radius"`
}

func (c Circle) Area() float64 { return 3 * c.R * c.R }

type Envelope struct {
	Kind string          `json:"kind"`
	Data json.RawMessage `json:"data"`
}

func decode(b []byte) (Shape, error) {
	var env Envelope
	if err := json.Unmarshal(b, &env); err != nil {
		return nil, err
	}
	switch env.Kind {
	case "rect":
		var r Rect
		err := json.Unmarshal(env.Data, &r)
		return r, err
	case "circle":
		var c Circle
		err := json.Unmarshal(env.Data, &c)
		return c, err
	}
	return nil, fmt.Errorf("unknown kind %q", env.Kind)
}

func main() {
	shapes := []Shape{Rect{2, 3}, Circle{1}}
	b, err := json.Marshal(shapes)
	fmt.Println(string(b), err)
	b, _ = json.Marshal(map[string]any{"shape": Circle{2}, "n": 1, "list": []any{Rect{1, 1}, nil}})
	fmt.Println(string(b))
	for _, in := range []string{`{"kind":"rect","data":{"W":4,"H":5}}`, `{"kind":"circle","data":{"radius":2}}`, `{"kind":"tri","data":{}}`} {
		s, err := decode([]byte(in))
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%T %v %.1f\n", s, s, s.Area())
	}
	var anyv any = Rect{1, 2}
	b, _ = json.Marshal(anyv)
	fmt.Println(string(b))
	var holder struct {
		S any `json:"s"`
	}
	holder.S = &Circle{3}
	b, _ = json.Marshal(holder)
	fmt.Println(string(b))
}
