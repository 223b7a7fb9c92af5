package main

import (
	"fmt"
	"math/rand/v2"
	"slices"
)

type Die struct {
	Sides int
	rng   *rand.Rand
}

func (d Die) Roll() int { return d.rng.IntN(d.Sides) + 1 }

type Deck []string

func (d Deck) Shuffled(r *rand.Rand) Deck {
	c := slices.Clone(d)
	r.Shuffle(len(c), func(i, j int) { c[i], c[j] = c[j], c[i] })
	return c
}

type fixed struct{ n uint64 }

func (f *fixed) Uint64() uint64 {
	f.n += 0x9E3779B97F4A7C15
	return f.n
}

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	d := Die{6, r}
	counts := make([]int, 7)
	for i := 0; i < 600; i++ {
		counts[d.Roll()]++
	}
	fmt.Println(counts[1:])
	deck := Deck{"A", "K", "Q", "J", "10"}
	fmt.Println(deck.Shuffled(r), deck)
	fmt.Println(r.Perm(6), r.Int64N(1e12), r.Uint32(), r.Float64() < 1)
	fmt.Printf("%.6f %.6f\n", r.NormFloat64(), r.ExpFloat64())
	own := rand.New(&fixed{})
	fmt.Println(own.IntN(100), own.IntN(100), own.Uint64N(10))
	c := rand.New(rand.NewChaCha8([32]byte{1, 2, 3}))
	fmt.Println(c.IntN(1000), c.Int32N(50))
	fmt.Println(rand.N[int64](1) == 0)
	z := rand.NewZipf(rand.New(rand.NewPCG(3, 4)), 1.5, 2, 100)
	var zs []uint64
	for i := 0; i < 8; i++ {
		zs = append(zs, z.Uint64())
	}
	fmt.Println(zs)
}
