package main

import (
	"fmt"
	"maps"
)

func main() {
	m := make(map[string]int)
	m["k1"] = 7
	m["k2"] = 13
	fmt.Println("map:", m)
	v1 := m["k1"]
	v3 := m["k3"]
	fmt.Println("v1:", v1, "v3:", v3, "len:", len(m))
	delete(m, "k2")
	fmt.Println("map:", m)
	clear(m)
	fmt.Println("map:", m, len(m))
	_, prs := m["k2"]
	fmt.Println("prs:", prs)
	n := map[string]int{"foo": 1, "bar": 2}
	fmt.Println("map:", n)
	n2 := map[string]int{"bar": 2, "foo": 1}
	if maps.Equal(n, n2) {
		fmt.Println("n == n2")
	}
	fmt.Printf("%v %d\n", n, len(n2))
}
