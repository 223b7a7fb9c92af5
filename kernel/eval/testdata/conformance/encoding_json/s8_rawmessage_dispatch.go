package main

import (
	"encoding/json"
	"fmt"
)

// json.RawMessage: delayed decoding by a type field into notebook types,
// precomputed raw values in marshaled output, a *RawMessage field.

type Envelope struct {
	Kind string           `json:"kind"`
	Data json.RawMessage  `json:"data"`
	Opt  *json.RawMessage `json:"opt,omitempty"`
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }

type Shape interface{ Area() float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }
func (r Rect) Area() float64   { return r.W * r.H }

func decode(b []byte) (Shape, error) {
	var e Envelope
	if err := json.Unmarshal(b, &e); err != nil {
		return nil, err
	}
	var s Shape
	switch e.Kind {
	case "circle":
		var c Circle
		if err := json.Unmarshal(e.Data, &c); err != nil {
			return nil, err
		}
		s = c
	case "rect":
		var r Rect
		if err := json.Unmarshal(e.Data, &r); err != nil {
			return nil, err
		}
		s = &r
	default:
		return nil, fmt.Errorf("unknown kind %q (data %s)", e.Kind, e.Data)
	}
	return s, nil
}

func main() {
	for _, in := range []string{
		`{"kind":"circle","data":{"R":2}}`,
		`{"kind":"rect","data":{"W":2,"H":5}}`,
		`{"kind":"tri","data":[1, 2]}`,
	} {
		s, err := decode([]byte(in))
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%T %.1f\n", s, s.Area())
	}
	raw := json.RawMessage(`{"precomputed":true}`)
	b, err := json.Marshal(Envelope{Kind: "raw", Data: raw, Opt: &raw})
	fmt.Println(string(b), err)
	b, err = json.Marshal(Envelope{Kind: "empty"})
	fmt.Println(string(b), err)
	b, err = json.Marshal(Envelope{Kind: "bad", Data: json.RawMessage(`{bad`)})
	fmt.Println(string(b), err)
}
