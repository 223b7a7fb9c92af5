package main

import "fmt"

func main() {
	var fn func(int) = func(s string) { fmt.Println(s) }
	fn(1)
}
