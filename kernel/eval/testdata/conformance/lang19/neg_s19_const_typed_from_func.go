package main

import (
	"fmt"
	"math"
)

const half float64 = math.Floor(2.5)

func main() {
	fmt.Println(half)
}
