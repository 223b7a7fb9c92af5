package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxUint64)
}
