package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	s2 := rand.NewPCG(42, 1024)
	r2 := rand.New(s2)
	fmt.Print(r2.IntN(100), ",")
	fmt.Print(r2.IntN(100))
	fmt.Println()
	s3 := rand.NewPCG(42, 1024)
	r3 := rand.New(s3)
	fmt.Print(r3.IntN(100), ",")
	fmt.Print(r3.IntN(100))
	fmt.Println()
	fmt.Printf("%.6f %d %d\n", r3.Float64(), r3.Int64N(1000), r3.Uint32()%7)
	perm := r3.Perm(6)
	fmt.Println(perm)
	xs := []string{"a", "b", "c", "d", "e"}
	r3.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(xs)
	cc := rand.New(rand.NewChaCha8([32]byte{1, 2, 3}))
	fmt.Println(cc.IntN(1000), cc.IntN(1000), rand.N[int64](1) == 0)
	n := rand.IntN(10)
	fmt.Println(n >= 0 && n < 10)
}
