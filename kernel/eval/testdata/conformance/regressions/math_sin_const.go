package main

import (
	"fmt"
	"math"
)

func main() {
	x := math.Sin(0.6*math.Pi) + 3
	fmt.Println(x)
	fmt.Printf("%.6f\n", math.Cos(math.Pi/3)*2)
	y := 0.6 * math.Pi
	fmt.Println(y, math.Sqrt(2)*math.Sqrt(2))
}
