package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		s = append(s, v*10)
		fmt.Println(i, v, len(s))
	}
	fmt.Println(s)
	m := []string{"a"}
	n := 0
	for range m {
		m = append(m, "x")
		n++
	}
	fmt.Println(n, len(m))
}
