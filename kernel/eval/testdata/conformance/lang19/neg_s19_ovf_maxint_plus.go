package main

import (
	"fmt"
	"math"
)

func main() {
	var n int = math.MaxInt64 + 1
	fmt.Println(n)
}
