package main

import (
	"fmt"
	"math/rand"
	mrv2 "math/rand/v2"
)

func main() {
	n := rand.Intn(100)
	fmt.Println(n >= 0 && n < 100)
	f := rand.Float64()
	fmt.Println(f >= 0 && f < 1)
	r1 := rand.New(rand.NewSource(42))
	fmt.Println(r1.Intn(100), r1.Intn(100), r1.Intn(100))
	r2 := rand.New(rand.NewSource(42))
	fmt.Println(r2.Intn(100), r2.Intn(100), r2.Intn(100))
	p := r1.Perm(5)
	fmt.Println(p)
	s := []string{"a", "b", "c", "d"}
	r1.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	pcg := mrv2.New(mrv2.NewPCG(42, 1024))
	fmt.Println(pcg.IntN(100), pcg.IntN(100), pcg.Float64())
	x := mrv2.IntN(10)
	fmt.Println(x >= 0 && x < 10)
	cc := mrv2.New(mrv2.NewChaCha8([32]byte{1, 2, 3}))
	fmt.Println(cc.Uint64())
}
