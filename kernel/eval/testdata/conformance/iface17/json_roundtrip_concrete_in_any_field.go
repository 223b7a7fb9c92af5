package main

import (
	"encoding/json"
	"fmt"
)

type Shape interface{ Area() float64 }

type Sq struct{ S float64 }

func (s *Sq) Area() float64 { return s.S * s.S }

type Holder struct {
	Kind string
	S    Shape
}

func main() {
	h := Holder{Kind: "sq", S: &Sq{}}
	err := json.Unmarshal([]byte(`{"Kind":"sq","S":{"S":4}}`), &h)
	fmt.Println(err, h.Kind, h.S.Area())
	b, _ := json.Marshal(h)
	fmt.Println(string(b))
}
