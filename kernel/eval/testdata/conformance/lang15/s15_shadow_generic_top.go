package main

import "fmt"

func Sum[T int | float64](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	fs := []float64{1.5, 2.5}
	len := Sum(float64(len(fs)), fs[0])
	min := min(Sum(1, 2), 2)
	fmt.Println(len, min)
}
