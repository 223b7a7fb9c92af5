package main

import "fmt"

type Name string

func main() {
	m := map[string]Name{}
	var s string = "x"
	m["a"] = s
	fmt.Println(m)
}
