package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
)

type Card struct {
	Rank int
	Suit byte
}

func main() {
	r := rand.New(rand.NewPCG(42, 1024))
	var rolls []int
	for range 10 {
		rolls = append(rolls, r.IntN(6)+1)
	}
	fmt.Println(rolls)
	fmt.Println(r.Uint64(), r.Int64N(1000), r.Float64() < 1)
	deck := make([]Card, 0, 52)
	for _, s := range []byte("SHDC") {
		for rank := 1; rank <= 13; rank++ {
			deck = append(deck, Card{rank, s})
		}
	}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	for _, c := range deck[:5] {
		fmt.Printf("%d%c ", c.Rank, c.Suit)
	}
	fmt.Println()
	cha := rand.New(rand.NewChaCha8([32]byte{1, 2, 3}))
	fmt.Println(cha.IntN(100), cha.IntN(100), cha.Perm(5))
	fmt.Println(rand.N[int64](1) == 0)
	z := rand.NewZipf(rand.New(rand.NewPCG(1, 2)), 1.5, 2, 20)
	counts := make([]int, 21)
	for range 200 {
		counts[z.Uint64()]++
	}
	fmt.Println(counts[:5], slices.Max(counts) == counts[0])
	p := rand.NewPCG(7, 7)
	fmt.Println(p.Uint64(), p.Uint64())
}
