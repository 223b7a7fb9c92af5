package main

import "fmt"

func Str[T any](x T) string { return x.(string) }

func main() {
	fmt.Println(Str("a"))
}
