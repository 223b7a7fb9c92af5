package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	delete(m, "b")
	delete(m, "zzz")
	fmt.Println(len(m), m["a"], m["b"])
	var nm map[string]int
	delete(nm, "x") // no-op on a nil map
	fmt.Println(len(nm))
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))
	clear(m)
	fmt.Println(len(m), m)
	type key struct{ a, b int }
	km := map[key]string{{1, 2}: "x", {3, 4}: "y"}
	delete(km, key{1, 2})
	fmt.Println(km)
}
