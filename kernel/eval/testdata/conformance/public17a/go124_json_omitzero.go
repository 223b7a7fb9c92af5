package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Money struct{ Cents int64 }

func (m Money) IsZero() bool { return m.Cents == 0 }

type Order struct {
	ID      int             `json:"id"`
	Note    string          `json:"note,omitzero"`
	Tags    []string        `json:"tags,omitzero"`
	Empty   []string        `json:"empty,omitempty"`
	When    time.Time       `json:"when,omitzero"`
	Total   Money           `json:"total,omitzero"`
	Ratio   float64         `json:"ratio,omitzero"`
	Nested  struct{ A int } `json:"nested,omitzero"`
	Pointer *int            `json:"ptr,omitzero"`
}

func main() {
	b, _ := json.Marshal(Order{ID: 1})
	fmt.Println(string(b))
	z := 0
	b, _ = json.Marshal(Order{ID: 2, Tags: []string{}, Empty: []string{}, Total: Money{5}, Pointer: &z,
		When: time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)})
	fmt.Println(string(b))
	o := Order{}
	o.Nested.A = 1
	b, _ = json.Marshal(o)
	fmt.Println(string(b))
}
