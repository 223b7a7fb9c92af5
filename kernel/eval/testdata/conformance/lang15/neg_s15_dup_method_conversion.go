package main

import "fmt"

func main() {
	v := interface {
		M(int)
		M(string)
	}(nil)
	fmt.Println(v)
}
