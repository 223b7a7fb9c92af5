package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Node struct {
	Name     string  `json:"name"`
	Value    int     `json:"value"`
	Children []*Node `json:"children,omitempty"`
	Next     *Node   `json:"next,omitempty"`
}

type Doc struct {
	Title string
	Root  Node `json:"root"`
	Index map[string]Node
}

func show(err error) {
	fmt.Println(err)
	var ute *json.UnmarshalTypeError
	if errors.As(err, &ute) {
		fmt.Printf("  struct=%s field=%s value=%s type=%v\n", ute.Struct, ute.Field, ute.Value, ute.Type)
	}
}

// The path of an UnmarshalTypeError deep in a self-referencing type is
// named from the top of the value decoded.
func main() {
	var n Node
	show(json.Unmarshal([]byte(`{"name":"a","children":[{"name":"b","children":[{"value":"x"}]}]}`), &n))
	show(json.Unmarshal([]byte(`{"next":{"next":{"next":{"name":7}}}}`), &n))
	show(json.Unmarshal([]byte(`{"children":[{"next":{"children":[{"value":true}]}}]}`), &n))
	var d Doc
	show(json.Unmarshal([]byte(`{"root":{"children":[{"value":[1]}]}}`), &d))
	show(json.Unmarshal([]byte(`{"Index":{"k":{"next":{"value":{}}}}}`), &d))
	var list []Node
	show(json.Unmarshal([]byte(`[{"name":"ok"},{"children":[{"name":1.5}]}]`), &list))
	var m map[string]*Node
	show(json.Unmarshal([]byte(`{"a":{"next":{"value":"s"}}}`), &m))
	fmt.Println(n.Name, len(d.Index), len(list), len(m))
}
