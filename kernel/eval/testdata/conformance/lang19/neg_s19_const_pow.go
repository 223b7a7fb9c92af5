package main

import (
	"fmt"
	"math"
)

const big = math.Pow(2, 10)

func main() {
	fmt.Println(big)
}
