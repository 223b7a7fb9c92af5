package main

import (
	"fmt"
	"math"
)

func main() {
	// float64(math.MaxInt64) rounds up to 2^63, which int64 cannot hold
	fmt.Println(int64(float64(math.MaxInt64)))
}
