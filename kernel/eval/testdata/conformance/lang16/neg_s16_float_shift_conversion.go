package main

import "fmt"

func main() {
	s := uint(2)
	fmt.Println(float64(1 << s))
}
