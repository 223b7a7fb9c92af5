package main

import "fmt"

type pair struct{ k, v int }

func main() {
	var i, v int
	for i, v = range []int{10, 20, 30} {
	}
	fmt.Println(i, v)
	var p pair
	arr := []int{5, 6}
	for p.k, p.v = range arr {
	}
	fmt.Println(p)
	m := map[string]int{}
	keys := []string{"a", "b"}
	var idx int
	for idx = range keys {
		m[keys[idx]] = idx
	}
	fmt.Println(m, idx)
	s := make([]int, 3)
	var j int
	for j, s[j] = range []int{7, 8, 9} {
	}
	fmt.Println(s, j)
}
