package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	for i := 0; i < 5; i++ {
		fmt.Print(r.Intn(100), " ")
	}
	fmt.Println()
	fmt.Println(r.Int63(), r.Float64(), r.Perm(6), r.Int31n(1000), r.Uint32())
	x := []int{1, 2, 3, 4, 5}
	r.Shuffle(len(x), func(i, j int) { x[i], x[j] = x[j], x[i] })
	fmt.Println(x)
	r.Seed(7)
	a := r.Intn(1000)
	r.Seed(7)
	fmt.Println(a == r.Intn(1000), r.NormFloat64(), r.ExpFloat64())
	b := make([]byte, 6)
	n, err := r.Read(b)
	fmt.Println(n, err, b)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		r.Intn(-1)
	}()
}
