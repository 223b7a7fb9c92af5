package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Money struct {
	Cents int64
	Cur   string
}

func (m Money) IsZero() bool { return m.Cents == 0 }

type Item struct {
	Name    string    `json:"name"`
	Price   Money     `json:"price,omitzero"`
	Created time.Time `json:"created,omitzero"`
	Tags    []string  `json:"tags,omitzero"`
	Empty   []string  `json:"empty,omitempty"`
	Count   int       `json:"count,omitzero"`
	Ptr     *int      `json:"ptr,omitzero"`
	Arr     [2]int    `json:"arr,omitzero"`
}

func main() {
	for _, it := range []Item{
		{Name: "zero"},
		{Name: "usd0", Price: Money{0, "USD"}, Tags: []string{}},
		{Name: "full", Price: Money{150, "EUR"}, Created: time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC), Tags: []string{"a"}, Count: 2, Ptr: new(int), Arr: [2]int{0, 1}},
	} {
		b, err := json.Marshal(it)
		fmt.Println(string(b), err)
	}
}
