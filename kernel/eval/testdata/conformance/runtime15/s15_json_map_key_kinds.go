package main

import (
	"encoding/json"
	"fmt"
)

type ID int64
type Name string
type Flag bool

// Map keys of notebook integer and string kinds, both ways, and the
// errors of keys that do not parse.
func main() {
	m := map[ID]Name{3: "c", -1: "neg", 10: "ten"}
	out, err := json.Marshal(m)
	fmt.Println(string(out), err)
	var back map[ID]Name
	fmt.Println(json.Unmarshal(out, &back), back[10], len(back))
	var bad map[ID]int
	fmt.Println(json.Unmarshal([]byte(`{"1":1,"x":2}`), &bad), bad)
	var u map[uint8]int
	fmt.Println(json.Unmarshal([]byte(`{"300":1}`), &u))
	_, err = json.Marshal(map[Flag]int{true: 1})
	fmt.Println(err)
	var nested map[Name]map[ID][]Name
	fmt.Println(json.Unmarshal([]byte(`{"a":{"1":["x","y"]}}`), &nested), nested["a"][1])
}
