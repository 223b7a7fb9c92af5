package main

import (
	"encoding/json"
	"fmt"
)

// Decoding into existing notebook values: struct fields not in the input
// keep their values, maps are merged, slices are replaced (reusing their
// backing array), arrays are filled and zeroed past the input, nested
// structs are merged.

type Settings struct {
	Name   string
	Limits map[string]int
	Tags   []string
	Slots  [3]int
	Inner  struct{ A, B int }
	Ptr    *struct{ C int }
}

func main() {
	s := Settings{Name: "old", Limits: map[string]int{"cpu": 1, "mem": 2}, Tags: make([]string, 1, 10), Slots: [3]int{7, 8, 9}}
	s.Inner.A, s.Inner.B = 1, 2
	s.Ptr = &struct{ C int }{5}
	keep := s.Ptr
	tags := s.Tags
	err := json.Unmarshal([]byte(`{"Limits":{"mem":4,"io":3},"Tags":["x","y"],"Slots":[1],"Inner":{"B":20},"Ptr":{"C":6}}`), &s)
	fmt.Println(err, s.Name, s.Limits, s.Tags, s.Slots, s.Inner, s.Ptr.C, keep == s.Ptr)
	fmt.Println(tags[:2], cap(s.Tags))
	err = json.Unmarshal([]byte(`{"Tags":null,"Limits":null,"Ptr":null}`), &s)
	fmt.Println(err, s.Tags == nil, s.Limits == nil, s.Ptr == nil, keep.C)
	xs := []Settings{{Name: "a"}, {Name: "b"}}
	err = json.Unmarshal([]byte(`[{"Slots":[1,2,3,4]}]`), &xs)
	fmt.Println(err, len(xs), xs[0].Name == "", xs[0].Slots)
}
