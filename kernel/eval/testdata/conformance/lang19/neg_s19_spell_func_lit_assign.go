package main

import "fmt"

func main() {
	var f func(int) = func(s string) {}
	fmt.Println(f != nil)
}
