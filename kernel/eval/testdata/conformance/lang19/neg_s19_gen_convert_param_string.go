package main

import "fmt"

func Str[T any](x T) string {
	return string(x)
}

func main() {
	fmt.Println(Str(65))
}
