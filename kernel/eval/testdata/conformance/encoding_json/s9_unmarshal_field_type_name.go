package main

import (
	"encoding/json"
	"fmt"
)

type Kind int

func (k Kind) MarshalText() ([]byte, error) { return []byte("x"), nil }

type Flat struct {
	Name string
	Kind Kind
}

type Rec struct {
	Kind Kind
	Kids []Rec
}

func main() {
	var f Flat
	fmt.Println(json.Unmarshal([]byte(`{"Kind":"dir"}`), &f))
	var r Rec
	fmt.Println(json.Unmarshal([]byte(`{"Kind":"dir"}`), &r))
	fmt.Println(json.Unmarshal([]byte(`{"Kids":[{"Kind":"dir"}]}`), &r))
}
