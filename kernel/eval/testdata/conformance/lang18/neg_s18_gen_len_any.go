package main

import "fmt"

func Size[T any](x T) int { return len(x) }

func main() {
	fmt.Println(Size("ab"))
}
