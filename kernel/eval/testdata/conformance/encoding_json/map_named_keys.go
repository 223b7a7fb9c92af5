package main

import (
	"encoding/json"
	"fmt"
)

type Key string

type ID int

type Point struct{ X, Y int }

func main() {
	m := map[Key]int{"b": 2, "a": 1}
	b, _ := json.Marshal(m)
	fmt.Println(string(b))
	ids := map[ID]Point{3: {1, 2}, 1: {3, 4}}
	b, _ = json.Marshal(ids)
	fmt.Println(string(b))
	var back map[ID]Point
	err := json.Unmarshal(b, &back)
	fmt.Println(back, err)
	var keys map[Key][]ID
	err = json.Unmarshal([]byte(`{"x":[1,2],"y":[]}`), &keys)
	fmt.Println(keys, len(keys["y"]), err)
}
