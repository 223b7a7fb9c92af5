package main

import "fmt"

func main() {
	names := []string{"a"}
	var xs []any = names
	fmt.Println(xs)
}
