package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	fmt.Println(r.IntN(100), r.IntN(100), r.Float64() < 1, r.Uint64())
	fmt.Println(r.Perm(5))
	s := []string{"a", "b", "c", "d"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	r2 := rand.New(rand.NewPCG(1, 2))
	fmt.Println(r2.IntN(100))
	fmt.Println(rand.N[int64](1) == 0, rand.IntN(1))
	c := rand.New(rand.NewChaCha8([32]byte{1}))
	fmt.Println(c.Uint32(), c.Int32N(10))
}
