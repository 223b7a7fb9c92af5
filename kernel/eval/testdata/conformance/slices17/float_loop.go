package main

import "fmt"

// A []float64 grown to 6 elements.

func floats() {
	var s []float64
	for i := 0; i < 6; i++ {
		s = append(s, float64(i)/2)
	}
	fmt.Println(len(s), cap(s), s[5])
}

func main() { floats() }
