package main

import (
	"encoding/json"
	"fmt"
)

// Map keys of notebook and basic types: ints, unsigned, named strings,
// named ints, sorted in the output; decoding into such maps; an
// unsupported key type.

type Region string

type Slot int

type Grid map[Slot]map[Region]bool

func main() {
	m := map[int]string{10: "ten", -2: "minus", 3: "three"}
	b, err := json.Marshal(m)
	fmt.Println(string(b), err)
	b, _ = json.Marshal(map[uint8]bool{255: true, 0: false})
	fmt.Println(string(b))
	g := Grid{2: {"eu": true, "us": false}, 1: {}}
	b, _ = json.Marshal(g)
	fmt.Println(string(b))
	var back Grid
	fmt.Println(json.Unmarshal(b, &back), back[2]["eu"], len(back[1]))
	var rm map[Region]int
	fmt.Println(json.Unmarshal([]byte(`{"b":2,"a":1}`), &rm), rm)
	var im map[int64]string
	fmt.Println(json.Unmarshal([]byte(`{"x":"y"}`), &im))
	_, err = json.Marshal(map[[2]int]int{{1, 2}: 3})
	fmt.Println(err)
	var fm map[float64]int
	fmt.Println(json.Unmarshal([]byte(`{"1.5":1}`), &fm))
}
