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

func (c Circle) Area() float64 { return math.Pi * c.R * c.R }
func (Circle) Kind() string    { return "circle" }
func (r Rect) Area() float64   { return r.W * r.H }
func (Rect) Kind() string      { return "rect" }

type Envelope struct {
	Type string          `json:"type"`
	Data json.RawMessage `json:"data"`
}

type Drawing struct {
	Name   string
	Shapes []Shape
}

func (d Drawing) MarshalJSON() ([]byte, error) {
	envs := make([]Envelope, 0, len(d.Shapes))
	for _, s := range d.Shapes {
		b, err := json.Marshal(s)
		if err != nil {
			return nil, err
		}
		envs = append(envs, Envelope{s.Kind(), b})
	}
	return json.Marshal(struct {
		Name   string     `json:"name"`
		Shapes []Envelope `json:"shapes"`
	}{d.Name, envs})
}

func (d *Drawing) UnmarshalJSON(b []byte) error {
	var raw struct {
		Name   string     `json:"name"`
		Shapes []Envelope `json:"shapes"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	d.Name = raw.Name
	d.Shapes = nil
	for i, e := range raw.Shapes {
		var s Shape
		switch e.Type {
		case "circle":
			var c Circle
			if err := json.Unmarshal(e.Data, &c); err != nil {
				return err
			}
			s = c
		case "rect":
			var r Rect
			if err := json.Unmarshal(e.Data, &r); err != nil {
				return err
			}
			s = r
		default:
			return fmt.Errorf("shape %d: unknown type %q", i, e.Type)
		}
		d.Shapes = append(d.Shapes, s)
	}
	return nil
}

func main() {
	d := Drawing{"demo", []Shape{Circle{1}, Rect{2, 3}, Circle{0.5}}}
	b, err := json.Marshal(d)
	fmt.Println(string(b), err)
	var back Drawing
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println("error:", err)
		return
	}
	sort.Slice(back.Shapes, func(i, j int) bool { return back.Shapes[i].Area() < back.Shapes[j].Area() })
	for _, s := range back.Shapes {
		fmt.Printf("%-6s %8.3f %+v\n", s.Kind(), s.Area(), s)
	}
	err = json.Unmarshal([]byte(`{"name":"x","shapes":[{"type":"hex","data":{}}]}`), &back)
	fmt.Println(err)
	var ptr *Drawing
	err = json.Unmarshal([]byte(`{"name":"p","shapes":[]}`), &ptr)
	fmt.Println(ptr.Name, len(ptr.Shapes), err)
	arr := []Drawing{d}
	b, _ = json.Marshal(arr)
	fmt.Println(len(b) > 0, string(b[:30]))
}
