package main

import "fmt"

func main() {
	m := map[string]rune{"a": 1 << 40}
	fmt.Println(m)
}
