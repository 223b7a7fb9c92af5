package main

import (
	"fmt"
	"math"
)

func main() {
	const r = math.Sqrt(16)
	fmt.Println(r)
}
