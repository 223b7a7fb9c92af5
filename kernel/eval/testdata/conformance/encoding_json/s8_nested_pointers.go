package main

import (
	"encoding/json"
	"fmt"
)

// Pointers in notebook types: nil and set, pointer to pointer, omitempty
// pointers, decoding allocating pointers and reusing existing ones, null.

type Node struct {
	Val  int
	Next *Node `json:",omitempty"`
}

type Opt struct {
	N   *int     `json:"n"`
	S   **string `json:"s,omitempty"`
	Arr *[2]int  `json:"arr,omitempty"`
	Sl  *[]Node  `json:"sl,omitempty"`
}

func main() {
	list := &Node{1, &Node{2, &Node{3, nil}}}
	b, _ := json.Marshal(list)
	fmt.Println(string(b))
	var back *Node
	fmt.Println(json.Unmarshal(b, &back), back.Next.Next.Val, back.Next.Next.Next == nil)
	n, s := 5, "str"
	ps := &s
	b, _ = json.Marshal(Opt{N: &n, S: &ps, Arr: &[2]int{1, 2}, Sl: &[]Node{{Val: 9}}})
	fmt.Println(string(b))
	b, _ = json.Marshal(Opt{})
	fmt.Println(string(b))
	var o Opt
	fmt.Println(json.Unmarshal([]byte(`{"n":7,"s":"x","arr":[3],"sl":[{"Val":4}]}`), &o))
	fmt.Println(*o.N, **o.S, *o.Arr, (*o.Sl)[0].Val)
	keep := o.N
	fmt.Println(json.Unmarshal([]byte(`{"n":8}`), &o), keep == o.N, n)
	fmt.Println(json.Unmarshal([]byte(`{"n":null,"sl":null}`), &o), o.N == nil, o.Sl == nil, *keep)
}
