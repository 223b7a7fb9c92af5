package main

import (
	"encoding/json"
	"fmt"
)

// Values of notebook types held by interfaces (any, a notebook interface,
// a generic interface instance) in slices and maps given to the encoder,
// with and without marshalers.

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

type Circ struct {
	R float64 `json:"radius"`
}

func (c *Circ) Area() float64 { return 3 * c.R * c.R }

func (c *Circ) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`{"circle":%g}`, c.R)), nil
}

type Valuer[T any] interface{ Value() T }

type Celsius float64

func (c Celsius) Value() float64 { return float64(c) }

func (c Celsius) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("%.1fC", float64(c))), nil }

type Doc struct {
	Shapes []Shape
	ByName map[string]Shape
	Temps  []Valuer[float64]
	Any    []any
}

func main() {
	d := Doc{
		Shapes: []Shape{Sq{2}, &Circ{1}, nil},
		ByName: map[string]Shape{"sq": Sq{3}},
		Temps:  []Valuer[float64]{Celsius(21.5)},
		Any:    []any{Sq{1}, &Circ{2}, Celsius(-3), Circ{4}},
	}
	b, err := json.Marshal(d)
	fmt.Println(string(b), err)
	var s Shape = &Circ{5}
	b, _ = json.Marshal(s)
	fmt.Println(string(b))
	var v Valuer[float64] = Celsius(0)
	b, _ = json.Marshal(map[string]Valuer[float64]{"t": v})
	fmt.Println(string(b))
}
