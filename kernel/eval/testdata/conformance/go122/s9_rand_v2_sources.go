package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	fmt.Println(r.IntN(100), r.Int64N(1000), r.Uint32(), r.Float64() < 1)
	fmt.Println(r.Perm(5))
	s := []string{"a", "b", "c", "d"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)

	var seed [32]byte
	copy(seed[:], "chacha8 seed for a conformance.")
	c := rand.New(rand.NewChaCha8(seed))
	fmt.Println(c.IntN(1000), c.Uint64N(1<<40), c.NormFloat64() != 0)

	p := rand.NewPCG(7, 8)
	a := p.Uint64()
	p.Seed(7, 8)
	fmt.Println(a == p.Uint64())

	z := rand.NewZipf(rand.New(rand.NewPCG(3, 4)), 1.5, 2, 10)
	fmt.Println(z.Uint64() <= 10)
	n := rand.IntN(10)
	fmt.Println(n >= 0 && n < 10)
}
