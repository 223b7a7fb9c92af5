package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	r := rand.New(rand.NewPCG(42, 1024))
	fmt.Println(r.IntN(100), r.IntN(100), r.Float64() < 1)
	s2 := rand.New(rand.NewPCG(42, 1024))
	fmt.Println(s2.IntN(100), s2.IntN(100))
	perm := r.Perm(6)
	fmt.Println(len(perm))
	xs := []string{"a", "b", "c", "d"}
	r.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(len(xs))
	c := rand.New(rand.NewChaCha8([32]byte{1, 2, 3}))
	fmt.Println(c.Uint64(), c.Int32N(1000))
	z := rand.NewZipf(rand.New(rand.NewPCG(1, 2)), 1.5, 2, 100)
	fmt.Println(z.Uint64() <= 100)
	fmt.Println(rand.N(10) < 10)
}
