package main

import (
	"fmt"
	"math"
)

func main() {
	f := float32(math.MaxFloat64)
	fmt.Println(f)
}
