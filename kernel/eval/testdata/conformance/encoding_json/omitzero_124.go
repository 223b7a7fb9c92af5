package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Money struct {
	Cents int
	Cur   string
}

func (m Money) IsZero() bool { return m.Cents == 0 }

type Event struct {
	Name   string    `json:"name"`
	When   time.Time `json:"when,omitzero"`
	Price  Money     `json:"price,omitzero"`
	Count  int       `json:"count,omitzero"`
	Tags   []string  `json:"tags,omitzero"`
	Empty  []string  `json:"empty,omitempty"`
	Nested struct {
		A int
	} `json:"nested,omitzero"`
}

func main() {
	b, _ := json.Marshal(Event{Name: "a", Price: Money{0, "EUR"}, Tags: []string{}})
	fmt.Println(string(b))
	e := Event{Name: "b", When: time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC), Price: Money{150, "USD"}, Count: 2}
	e.Nested.A = 1
	b, _ = json.Marshal(e)
	fmt.Println(string(b))
}
