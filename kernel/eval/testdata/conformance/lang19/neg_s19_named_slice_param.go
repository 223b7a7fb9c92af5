package main

import "fmt"

type Celsius float64

func avg(xs []float64) float64 { return xs[0] }

func main() {
	temps := []Celsius{20, 21}
	fmt.Println(avg(temps))
}
