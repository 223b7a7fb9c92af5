package main

import (
	"encoding/json"
	"fmt"
)

// A field of a notebook interface type (with methods) holding a pointer:
// the decoder fills the value pointed to.

type Sizer interface{ Size() int }

type Box struct{ W, H int }

func (b *Box) Size() int { return b.W * b.H }

type Holder struct {
	S    Sizer
	Name string
}

func main() {
	h := Holder{S: &Box{1, 1}}
	err := json.Unmarshal([]byte(`{"S":{"W":2,"H":3},"Name":"n"}`), &h)
	fmt.Println(err, h.S.Size(), h.Name)
	var s Sizer = &Box{}
	err = json.Unmarshal([]byte(`{"W":4,"H":5}`), &s)
	fmt.Println(err, s.Size())
	hs := []Holder{{S: &Box{}}, {S: &Box{}}}
	err = json.Unmarshal([]byte(`{"S":null,"Name":"m"}`), &hs[1])
	fmt.Println(err, hs[1].S == nil, hs[1].Name, hs[0].S != nil)
	var d struct{ H Holder }
	d.H.S = &Box{1, 2}
	err = json.Unmarshal([]byte(`{"H":{"S":{"H":7}}}`), &d)
	fmt.Println(err, d.H.S.Size())
}
