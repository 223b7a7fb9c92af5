package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 5; i++ {
		fmt.Print(r.IntN(100), " ")
	}
	fmt.Println()
	fmt.Println(r.Uint64(), r.Float64() < 1, r.Int32N(10) < 10, r.Perm(5))
	s := []string{"a", "b", "c", "d"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	c := rand.New(rand.NewChaCha8([32]byte{1, 2, 3}))
	fmt.Println(c.IntN(1000), c.Uint32(), c.NormFloat64() != 0, c.ExpFloat64() > 0)
	var seed [32]byte
	cc := rand.NewChaCha8(seed)
	buf := make([]byte, 8)
	cc.Read(buf)
	fmt.Println(buf)
	z := rand.NewZipf(rand.New(rand.NewPCG(3, 4)), 1.5, 2, 100)
	fmt.Println(z.Uint64(), z.Uint64())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		r.IntN(0)
	}()
	fmt.Println(rand.N(1) == 0)
}
