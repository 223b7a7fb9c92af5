package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

// A value-receiver MarshalJSON of a notebook type called as a field, a
// slice and array element, a map value, a pointer, an embedded field, an
// interface value, and at the top level.

type Money int64

func (m Money) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%d.%02d EUR"`, m/100, m%100)), nil
}

type Line struct {
	Item  string
	Price Money
	Alt   *Money `json:",omitempty"`
}

type Priced struct {
	Money
	Note string
}

type Order struct {
	Lines  []Line
	Totals map[string]Money
	Fixed  [2]Money
	Any    any
	Ptrs   []*Money
}

func main() {
	m := Money(1999)
	o := Order{
		Lines:  []Line{{"pen", 250, nil}, {"book", 1999, &m}},
		Totals: map[string]Money{"net": 2249, "tax": 427},
		Fixed:  [2]Money{1, 100},
		Any:    Money(5),
		Ptrs:   []*Money{&m, nil},
	}
	b, err := json.Marshal(o)
	fmt.Println(string(b), err)
	b, _ = json.Marshal(&o)
	fmt.Println(len(b))
	b, _ = json.Marshal(Money(7))
	fmt.Println(string(b))
	b, _ = json.Marshal(Priced{Money: 300, Note: "embedded"})
	fmt.Println(string(b))
	b, _ = json.Marshal([]any{Money(1), "x", map[string]any{"m": Money(2)}})
	fmt.Println(strings.ToLower(string(b)))
}
