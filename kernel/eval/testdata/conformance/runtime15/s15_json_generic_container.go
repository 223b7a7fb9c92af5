package main

import (
	"encoding/json"
	"fmt"
)

type Page[T any] struct {
	Items []T  `json:"items"`
	Next  *int `json:"next,omitempty"`
}

type Score struct {
	Who string `json:"who"`
	Pts int    `json:"pts"`
}

type Result[T any] struct {
	OK   bool   `json:"ok"`
	Data T      `json:"data"`
	Err  string `json:"err,omitempty"`
}

// Generic notebook types: round trips and the names in type errors.
func main() {
	n := 2
	p := Page[Score]{Items: []Score{{"kim", 3}, {"lee", 5}}, Next: &n}
	out, _ := json.Marshal(Result[Page[Score]]{OK: true, Data: p})
	fmt.Println(string(out))
	var back Result[Page[Score]]
	fmt.Println(json.Unmarshal(out, &back), back.Data.Items[1], *back.Data.Next)
	var bad Result[Page[Score]]
	fmt.Println(json.Unmarshal([]byte(`{"data":{"items":[{"pts":"x"}]}}`), &bad))
	var ints Page[int]
	fmt.Println(json.Unmarshal([]byte(`{"items":[1,"2"]}`), &ints), ints.Items)
}
