package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	fmt.Println(r.IntN(100), r.IntN(100), r.Int64N(1000), r.Uint32(), r.Float64())
	fmt.Println(r.Perm(5))
	s := []string{"a", "b", "c", "d", "e"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	var seed [32]byte
	copy(seed[:], "chacha8 seed for the example...")
	c := rand.New(rand.NewChaCha8(seed))
	fmt.Println(c.Uint64(), c.IntN(10), c.NormFloat64() != 0, c.ExpFloat64() > 0)
	z := rand.NewZipf(rand.New(rand.NewPCG(3, 4)), 1.5, 2, 10)
	fmt.Println(z.Uint64(), z.Uint64(), z.Uint64())
	p := rand.NewPCG(5, 6)
	fmt.Println(p.Uint64())
	p.Seed(5, 6)
	fmt.Println(p.Uint64())
	fmt.Println(rand.N(10) < 10)
}
