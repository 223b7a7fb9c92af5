package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(1))
	inside := 0
	const n = 100000
	for i := 0; i < n; i++ {
		x, y := r.Float64(), r.Float64()
		if x*x+y*y <= 1 {
			inside++
		}
	}
	fmt.Printf("%.5f\n", 4*float64(inside)/n)
	hist := make([]int, 10)
	for i := 0; i < 1000; i++ {
		hist[r.Intn(10)]++
	}
	fmt.Println(hist)
	deck := r.Perm(52)
	fmt.Println(deck[:5])
	fmt.Println(r.Int63(), r.Uint32(), r.NormFloat64() != 0)
}
