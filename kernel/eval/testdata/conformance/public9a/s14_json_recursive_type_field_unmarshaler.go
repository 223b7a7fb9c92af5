package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

// A struct type that holds itself (Items []*Node) and a field whose type
// has UnmarshalJSON: the method is called at every level of the tree, not
// only at the top one.

type Kind int

func (k Kind) MarshalJSON() ([]byte, error) { return json.Marshal(fmt.Sprint("k", int(k))) }

func (k *Kind) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	if !strings.HasPrefix(s, "k") {
		return fmt.Errorf("bad kind %q", s)
	}
	_, err := fmt.Sscanf(s, "k%d", (*int)(k))
	return err
}

type Node struct {
	Kind  Kind             `json:"kind"`
	Items []*Node          `json:"items,omitempty"`
	Named map[string]*Node `json:"named,omitempty"`
}

// A recursive type without methods is decoded as before.
type Tree struct {
	Name string
	Kids []*Tree
}

func main() {
	n := &Node{Kind: 2, Items: []*Node{{Kind: 1}, {Kind: 3, Items: []*Node{{Kind: 4}}}}, Named: map[string]*Node{"x": {Kind: 5}}}
	b, err := json.Marshal(n)
	fmt.Println(string(b), err)
	var back Node
	err = json.Unmarshal(b, &back)
	fmt.Println(err, back.Kind, back.Items[0].Kind, back.Items[1].Kind, back.Items[1].Items[0].Kind, back.Named["x"].Kind)
	err = json.Unmarshal([]byte(`{"kind":"k1","items":[{"kind":"zz"}]}`), &back)
	fmt.Println(err)
	var t Tree
	err = json.Unmarshal([]byte(`{"Name":"r","Kids":[{"Name":"a"},{"Name":"b","Kids":[{"Name":"c"}]}]}`), &t)
	fmt.Println(err, t.Kids[1].Kids[0].Name)
	err = json.Unmarshal([]byte(`{"Kids":[{"Kids":[{"Name":5}]}]}`), &t)
	fmt.Println(err)
}
