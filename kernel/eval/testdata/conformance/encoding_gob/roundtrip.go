package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
)

type P struct {
	X, Y, Z int
	Name    string
	Tags    []string
	Attrs   map[string]int
}

type Q struct {
	X, Y *int32
	Name string
}

func main() {
	var network bytes.Buffer
	enc := gob.NewEncoder(&network)
	dec := gob.NewDecoder(&network)
	err := enc.Encode(P{3, 4, 5, "Pythagoras", []string{"a"}, map[string]int{"k": 1}})
	fmt.Println("encode:", err)
	err = enc.Encode(P{1782, 1841, 1922, "Treehouse", nil, nil})
	fmt.Println("encode:", err)
	var q Q
	for i := 0; i < 2; i++ {
		err = dec.Decode(&q)
		if err != nil {
			fmt.Println("decode error:", err)
			return
		}
		fmt.Printf("%q: {%d, %d}\n", q.Name, *q.X, *q.Y)
	}
	var buf bytes.Buffer
	gob.NewEncoder(&buf).Encode(map[string][]int{"a": {1, 2}})
	var m map[string][]int
	gob.NewDecoder(&buf).Decode(&m)
	fmt.Println(m)
}
