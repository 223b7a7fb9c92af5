package main

import "fmt"

type Map[K comparable, V any] struct{ m map[K]V }

func main() {
	var m Map[string]
	fmt.Println(m)
}
