package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Animal interface{ Sound() string }

type Dog struct{ Name string }

func (d Dog) Sound() string { return d.Name + ": woof" }

type Farm struct {
	Owner   string            `json:"owner"`
	Animals []Animal          `json:"animals"`
	Pens    map[string]Animal `json:"pens"`
	Fixed   [2]Animal         `json:"fixed"`
	Count   int               `json:"count"`
}

func main() {
	var f Farm
	err := json.Unmarshal([]byte(`{"owner":"old mac","animals":[null,{"name":"rex"}],"count":3}`), &f)
	var ute *json.UnmarshalTypeError
	fmt.Println(err, errors.As(err, &ute))
	fmt.Println(f.Owner, f.Count, len(f.Animals), f.Animals[0] == nil, f.Animals[1] == nil)
	var g Farm
	err = json.Unmarshal([]byte(`{"pens":{"a":"dog","b":null},"count":1}`), &g)
	fmt.Println(err, g.Count, len(g.Pens), g.Pens["a"] == nil)
	var h Farm
	err = json.Unmarshal([]byte(`{"fixed":[null,7],"animals":[]}`), &h)
	fmt.Println(err, h.Fixed[1] == nil, h.Animals != nil, len(h.Animals))
	var k Farm
	err = json.Unmarshal([]byte(`{"animals":[null,null],"pens":{}}`), &k)
	fmt.Println(err, len(k.Animals), len(k.Pens))
	b, _ := json.Marshal(Farm{Owner: "x", Animals: []Animal{Dog{"a"}, nil}, Pens: map[string]Animal{"p": Dog{"b"}}})
	fmt.Println(string(b))
}
