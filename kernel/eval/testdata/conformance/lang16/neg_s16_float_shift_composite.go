package main

import "fmt"

func main() {
	s := uint(2)
	xs := []float64{1.0 << s}
	fmt.Println(xs)
}
