package main

import (
	"encoding/json"
	"fmt"
)

type Settings struct {
	Theme string
	Size  int
	Opts  map[string]bool
	List  []int
	Arr   [3]int
	Ptr   *Settings
}

// Decoding into a filled value: maps merge, slices are replaced (reusing
// capacity), arrays are zeroed past the input, pointers are reused.
func main() {
	s := Settings{Theme: "dark", Size: 3, Opts: map[string]bool{"a": true}, List: []int{1, 2, 3}, Arr: [3]int{7, 8, 9}, Ptr: &Settings{Theme: "inner", Size: 9}}
	inner := s.Ptr
	err := json.Unmarshal([]byte(`{"Size":4,"Opts":{"b":false},"List":[5],"Arr":[1],"Ptr":{"Size":10}}`), &s)
	fmt.Println(err)
	fmt.Printf("%s %d %v %v %v %v %+v\n", s.Theme, s.Size, s.Opts, s.List, cap(s.List), s.Arr, *s.Ptr)
	fmt.Println(inner == s.Ptr)
	err = json.Unmarshal([]byte(`{"Opts":null,"List":null,"Ptr":null}`), &s)
	fmt.Println(err, s.Opts == nil, s.List == nil, s.Ptr == nil)
}
