package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

// Decoding errors with notebook struct types: UnmarshalTypeError with the
// struct and field path, SyntaxError and its offset, errors on nested
// slices and maps, partial results kept.

type Address struct {
	City string
	Zip  int `json:"zip"`
}

type Person struct {
	Name  string
	Age   int
	Addrs []Address
	Meta  map[string]int
}

func main() {
	var p Person
	err := json.Unmarshal([]byte(`{"Name":"ann","Age":"old"}`), &p)
	fmt.Println(err)
	var ute *json.UnmarshalTypeError
	if errors.As(err, &ute) {
		fmt.Println(ute.Field, ute.Value, ute.Type, ute.Offset)
	}
	fmt.Println(p.Name)
	err = json.Unmarshal([]byte(`{"Addrs":[{"City":"x","zip":"123"}]}`), &p)
	fmt.Println(err, p.Addrs)
	err = json.Unmarshal([]byte(`{"Meta":{"a":1,"b":"two"}}`), &p)
	fmt.Println(err, p.Meta["a"])
	err = json.Unmarshal([]byte(`{"Name": "bob",}`), &p)
	var se *json.SyntaxError
	fmt.Println(err, errors.As(err, &se), se.Offset)
	err = json.Unmarshal([]byte(`[1,2]`), &p)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"Age": 1e40}`), &p)
	fmt.Println(err)
	fmt.Println(json.Unmarshal([]byte(`{}`), p))
	fmt.Println(json.Unmarshal([]byte(`{}`), nil))
}
