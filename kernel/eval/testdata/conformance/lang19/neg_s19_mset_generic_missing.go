package main

import "fmt"

type Shape interface{ Area() float64 }

type Circle struct{ r float64 }

func Total[T Shape](xs []T) float64 {
	t := 0.0
	for _, x := range xs {
		t += x.Area()
	}
	return t
}

func main() {
	fmt.Println(Total([]Circle{{1}}))
}
