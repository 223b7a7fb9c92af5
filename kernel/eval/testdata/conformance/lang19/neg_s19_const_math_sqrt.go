package main

import (
	"fmt"
	"math"
)

const root2 = math.Sqrt(2)

func main() {
	fmt.Println(root2)
}
