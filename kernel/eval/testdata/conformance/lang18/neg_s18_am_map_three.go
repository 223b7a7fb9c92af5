package main

import "fmt"

func main() {
	m := map[string]int{}
	v, ok, extra := m["a"]
	fmt.Println(v, ok, extra)
}
