package main

import "fmt"

func Id[T any](v T) T { return v }

func main() {
	f := Id
	fmt.Println(f(1))
}
