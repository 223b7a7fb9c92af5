package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	r := rand.New(rand.NewPCG(42, 1024))
	for range 3 {
		fmt.Print(r.IntN(10), " ")
	}
	fmt.Println()
	fmt.Println(rand.N(int64(1)), r.Int32N(5) < 5, r.UintN(1))
	p := rand.NewPCG(7, 8)
	fmt.Println(p.Uint64())
}
