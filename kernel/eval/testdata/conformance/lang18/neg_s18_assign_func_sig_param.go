package main

import "fmt"

func main() {
	var f func(int)
	f = func(s string) {}
	fmt.Println(f != nil)
}
