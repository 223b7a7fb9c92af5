package main

import (
	"fmt"
	"math"
)

func main() {
	n := 16
	fmt.Println(math.Sqrt(n))
}
