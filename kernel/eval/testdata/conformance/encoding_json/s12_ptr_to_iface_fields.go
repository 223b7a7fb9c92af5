package main

import (
	"encoding/json"
	"fmt"
	"os"
)

type Shape interface{ Area() float64 }

type Sq float64

func (s Sq) Area() float64 { return float64(s * s) }

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }

type Named interface {
	Shape
	Name() string
}

type Tri struct{ B, H float64 }

func (t *Tri) Area() float64 { return t.B * t.H / 2 }
func (t *Tri) Name() string  { return "tri" }

type Holder struct {
	S Shape            `json:"s"`
	M map[string]Shape `json:"m"`
	L []Named          `json:"l"`
	P *Shape           `json:"p,omitempty"`
	Q *Shape           `json:"q"`
}

func main() {
	var sh Shape = Circle{1}
	var nilS Shape
	h := Holder{S: Sq(2), M: map[string]Shape{"c": Circle{2}, "t": &Tri{1, 2}}, L: []Named{&Tri{3, 4}}, P: &sh, Q: &nilS}
	b, err := json.Marshal(h)
	fmt.Println(string(b), err)
	h.P, h.Q = nil, nil
	b, _ = json.Marshal(h)
	fmt.Println(string(b))
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	var named Named = &Tri{2, 2}
	enc.Encode(map[string]*Named{"n": &named, "none": nil})
	b, _ = json.Marshal([]*Shape{&sh, nil})
	fmt.Println(string(b))
}
