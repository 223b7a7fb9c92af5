package main

import "fmt"

func Map[T any](x T) T { return x }

func main() {
	fmt.Println(Map < int > (1))
}
