package main

import (
	"encoding/json"
	"fmt"
)

type Temp float64

func (t Temp) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf("\"%.1fC\"", float64(t))), nil }

type base struct {
	ID   int
	Temp Temp
	note string
}

type meta struct{ Tags []string }

type Event struct {
	Name string
	At   Temp
	Tags []string
}

func (e *Event) MarshalJSON() ([]byte, error) {
	type plain Event
	return json.Marshal(struct {
		*plain
		Count int `json:"count"`
	}{(*plain)(e), len(e.Tags)})
}

type Node struct {
	Val  int
	Kids []*Node
}

func (n *Node) MarshalJSON() ([]byte, error) {
	type plain Node
	return json.Marshal(struct {
		*plain
		Count int
	}{(*plain)(n), len(n.Kids)})
}

type Item struct {
	base
	*meta
	Name string
}

type Tagged struct {
	base `json:"base"`
	Name string
}

// An encoder promotes the exported fields of an embedded struct of an
// unexported type, or a pointer to one (the `type plain T` of a
// MarshalJSON method).
func main() {
	b, err := json.Marshal(Item{base{1, 21.5, "x"}, &meta{[]string{"a"}}, "n"})
	fmt.Println(string(b), err)
	b, err = json.Marshal(Item{base: base{ID: 2}})
	fmt.Println(string(b), err)
	b, err = json.Marshal(Tagged{base{3, 1, ""}, "t"})
	fmt.Println(string(b), err)
	b, err = json.Marshal([]*Event{{"a", 3, []string{"x", "y"}}, nil})
	fmt.Println(string(b), err)
	b, err = json.MarshalIndent([]Item{{Name: "i"}}, "", " ")
	fmt.Println(string(b), err)
	b, err = json.Marshal(&Node{1, []*Node{{2, nil}, {3, []*Node{{4, nil}}}}})
	fmt.Println(string(b), err)
	type copyOf Event
	b, err = json.Marshal(copyOf{"c", 4, nil})
	fmt.Println(string(b), err)
	fmt.Printf("%+v\n", Item{base{1, 2, "x"}, nil, "n"})
}
