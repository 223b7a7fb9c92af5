package main

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
)

// omitzero with an IsZero method: a field whose value is Go's zero value
// but whose IsZero says false is encoded (the method decides, not the
// value).

type Temp struct{ Kelvin float64 }

// IsZero: only a negative temperature counts as unset.
func (t Temp) IsZero() bool { return t.Kelvin < 0 }

type Reading struct {
	Name string `json:"name" xml:"name"`
	T    Temp   `json:"t,omitzero" xml:"t,omitzero"`
	N    int    `json:"n,omitzero" xml:"n,omitzero"`
}

func main() {
	for _, r := range []Reading{{"zero", Temp{0}, 0}, {"unset", Temp{-1}, 0}, {"warm", Temp{300}, 2}} {
		b, err := json.Marshal(r)
		fmt.Println(string(b), err)
		x, err := xml.Marshal(r)
		fmt.Println(string(x), err)
	}
}
