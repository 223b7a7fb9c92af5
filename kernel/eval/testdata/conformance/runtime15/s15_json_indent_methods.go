package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Money int64

func (m Money) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%d.%02d"`, m/100, m%100)), nil
}

type Status int

func (s Status) MarshalText() ([]byte, error) {
	return []byte([]string{"todo", "done"}[s]), nil
}

func (s Status) String() string { return "status" }

type Item struct {
	Name   string        `json:"name"`
	Price  Money         `json:"price"`
	State  Status        `json:"state"`
	Ptr    *Money        `json:"ptr"`
	Wait   time.Duration `json:"wait"`
	Tags   []string      `json:"tags"`
	Nested struct {
		Empty []int          `json:"empty"`
		M     map[string]any `json:"m"`
	} `json:"nested"`
}

type Order struct {
	ID    int      `json:"id"`
	Items []Item   `json:"items"`
	Total Money    `json:"total"`
	Stats []Status `json:"stats"`
}

// MarshalIndent of notebook types with methods, with prefix and indent.
func main() {
	m := Money(1250)
	it := Item{Name: "pen", Price: 199, State: 1, Ptr: &m, Wait: time.Second}
	it.Nested.Empty = []int{}
	it.Nested.M = map[string]any{"z": 1, "a": []any{Status(0), Money(5)}}
	o := Order{ID: 7, Items: []Item{it, {Name: "cup"}}, Total: 1449, Stats: []Status{0, 1}}
	out, err := json.MarshalIndent(o, ">", "\t")
	fmt.Println(string(out), err)
	out, err = json.MarshalIndent(&o.Items[1], "", "  ")
	fmt.Println(string(out), err)
}
