package main

import "fmt"

func main() {
	m := map[map[string]int]bool{}
	fmt.Println(m)
}
