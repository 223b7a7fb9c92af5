package main

import "fmt"

type key struct{ a, b int }

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	delete(m, "one")
	v, ok := m["one"]
	fmt.Println(len(m), v, ok, m["two"])
	k := map[key]string{{1, 2}: "x"}
	k[key{3, 4}] = "y"
	fmt.Println(k[key{1, 2}], k[key{3, 4}], len(k))
	fmt.Println(m)
	var nilm map[int]bool
	fmt.Println(nilm[5], len(nilm))
	nested := map[string][]int{}
	nested["a"] = append(nested["a"], 1, 2)
	fmt.Println(nested)
}
