package main

import "fmt"

func main() {
	m := make(map[string]int, "a")
	fmt.Println(m)
}
