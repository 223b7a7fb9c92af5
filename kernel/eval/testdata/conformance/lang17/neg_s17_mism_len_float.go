package main

import "fmt"

func main() {
	s := []float64{1, 2}
	sum := 3.0
	fmt.Println(sum / len(s))
}
