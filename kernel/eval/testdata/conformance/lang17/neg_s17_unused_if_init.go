package main

import "fmt"

func f(m map[string]int) {
	if v, ok := m["a"]; ok {
		fmt.Println("found")
	}
}

func main() {
	f(nil)
}
