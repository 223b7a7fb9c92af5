package main

import "fmt"

func main() {
	m := map[string]int{}
	a, b, c := m["x"]
	fmt.Println(a, b, c)
}
