package main

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Kind() string
}

type Circle struct {
	R float64 `json:"r"`
}
type Rect struct {
	W float64 `json:"w"`
	H float64 `json:"h"`
}

func (c Circle) Area() float64 { return math.Round(math.Pi*c.R*c.R*100) / 100 }
func (Circle) Kind() string    { return "circle" }
func (r Rect) Area() float64   { return r.W * r.H }
func (Rect) Kind() string      { return "rect" }

type Envelope struct {
	Shape Shape
}

func (e Envelope) MarshalJSON() ([]byte, error) {
	data, err := json.Marshal(e.Shape)
	if err != nil {
		return nil, err
	}
	return json.Marshal(struct {
		Type string          `json:"type"`
		Data json.RawMessage `json:"data"`
	}{e.Shape.Kind(), data})
}

func (e *Envelope) UnmarshalJSON(b []byte) error {
	var raw struct {
		Type string          `json:"type"`
		Data json.RawMessage `json:"data"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	factories := map[string]func() Shape{
		"circle": func() Shape { return &Circle{} },
		"rect":   func() Shape { return &Rect{} },
	}
	f, ok := factories[raw.Type]
	if !ok {
		return fmt.Errorf("unknown shape type %q", raw.Type)
	}
	s := f()
	if err := json.Unmarshal(raw.Data, s); err != nil {
		return fmt.Errorf("%s: %w", raw.Type, err)
	}
	switch v := s.(type) {
	case *Circle:
		e.Shape = *v
	case *Rect:
		e.Shape = *v
	}
	return nil
}

func main() {
	in := []Envelope{{Circle{1}}, {Rect{2, 3}}, {Circle{0.5}}}
	b, err := json.Marshal(in)
	fmt.Println(string(b), err)
	var out []Envelope
	err = json.Unmarshal(b, &out)
	fmt.Println(err, len(out))
	sort.Slice(out, func(i, j int) bool { return out[i].Shape.Area() < out[j].Shape.Area() })
	for _, e := range out {
		fmt.Printf("%s %v %.2f\n", e.Shape.Kind(), e.Shape, e.Shape.Area())
	}
	var bad []Envelope
	fmt.Println(json.Unmarshal([]byte(`[{"type":"hex","data":{}}]`), &bad))
	fmt.Println(json.Unmarshal([]byte(`[{"type":"rect","data":{"w":"x"}}]`), &bad))
	m := map[string]Envelope{"a": {Rect{1, 1}}}
	b, _ = json.MarshalIndent(m, "", " ")
	fmt.Println(string(b))
}
