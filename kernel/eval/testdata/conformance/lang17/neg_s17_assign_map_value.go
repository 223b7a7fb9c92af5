package main

import "fmt"

func main() {
	m := map[string]int{}
	m["a"] = "b"
	fmt.Println(m)
}
