package main

import (
	"encoding/json"
	"fmt"
	"os"
)

type Response struct {
	Page   int      `json:"page"`
	Fruits []string `json:"fruits"`
	secret string
	Empty  string   `json:"empty,omitempty"`
	Skip   int      `json:"-"`
	Ptr    *int     `json:"ptr"`
	Score  float64  `json:",string"`
	Zero   struct{} `json:"zero,omitzero"`
}

func main() {
	r := Response{Page: 1, Fruits: []string{"apple", "peach"}, secret: "x", Skip: 9, Score: 1.5}
	b, err := json.Marshal(r)
	fmt.Println(string(b), err)
	bi, _ := json.MarshalIndent(map[string]any{"b": 1, "a": []int{1, 2}, "c": nil}, "", "  ")
	fmt.Println(string(bi))
	enc := json.NewEncoder(os.Stdout)
	enc.Encode(map[string]int{"apple": 5, "lettuce": 7})
	b, _ = json.Marshal([]any{true, 1.0, "s<>&", 2.5e10})
	fmt.Println(string(b))
}
