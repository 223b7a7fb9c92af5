package main

import (
	"fmt"
	"math"
)

type Celsius float64

func main() {
	var c Celsius = math.Sqrt(2)
	fmt.Println(c)
}
