package main

import (
	"fmt"
	"math/rand/v2"
	"sort"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 5; i++ {
		fmt.Print(r.IntN(100), " ")
	}
	fmt.Println()
	fmt.Println(r.Uint64(), r.Int64N(1000), r.Float64() < 1, r.Uint32N(10))
	perm := r.Perm(8)
	fmt.Println(perm)
	xs := []string{"a", "b", "c", "d", "e"}
	r.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(xs)
	counts := make([]int, 6)
	for i := 0; i < 6000; i++ {
		counts[r.IntN(6)]++
	}
	fmt.Println(counts)
	cc := rand.New(rand.NewChaCha8([32]byte{1, 2, 3}))
	fmt.Println(cc.IntN(1000), cc.IntN(1000), cc.Uint64())
	inside := 0
	const N = 20000
	for i := 0; i < N; i++ {
		x, y := r.Float64(), r.Float64()
		if x*x+y*y <= 1 {
			inside++
		}
	}
	fmt.Printf("pi ~ %.4f\n", 4*float64(inside)/N)
	walk := 0
	maxw := 0
	for i := 0; i < 1000; i++ {
		if r.IntN(2) == 0 {
			walk++
		} else {
			walk--
		}
		if walk > maxw {
			maxw = walk
		}
	}
	fmt.Println(walk, maxw)
	deck := make([]int, 52)
	for i := range deck {
		deck[i] = i
	}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	hand := append([]int(nil), deck[:5]...)
	sort.Ints(hand)
	fmt.Println(hand)
	fmt.Println(r.NormFloat64() != 0, r.ExpFloat64() > 0)
	z := rand.NewZipf(rand.New(rand.NewPCG(3, 4)), 1.5, 2, 100)
	fmt.Println(z.Uint64(), z.Uint64(), z.Uint64())
	fmt.Println(rand.N(1) == 0)
}
