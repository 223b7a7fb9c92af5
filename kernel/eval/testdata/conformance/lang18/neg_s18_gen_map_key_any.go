package main

import "fmt"

func Keys[K any, V any](m map[K]V) []K { return nil }

func main() {
	fmt.Println(Keys(map[string]int{}))
}
