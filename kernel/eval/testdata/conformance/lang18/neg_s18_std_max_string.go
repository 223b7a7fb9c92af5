package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Max(1, "2"))
}
