package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type Die struct {
	sides int
	r     *rand.Rand
}

func (d Die) Roll() int { return d.r.IntN(d.sides) + 1 }

func main() {
	src := rand.NewPCG(1, 2)
	d := Die{6, rand.New(src)}
	hist := make([]int, 13)
	for range 3000 {
		hist[d.Roll()+d.Roll()]++
	}
	for s := 2; s <= 12; s++ {
		fmt.Printf("%2d %4d %s\n", s, hist[s], strings.Repeat("#", hist[s]/20))
	}
	r := rand.New(rand.NewChaCha8([32]byte{'g', 'o'}))
	pick := []string{"rock", "paper", "scissors"}
	var picks []string
	for range 6 {
		picks = append(picks, pick[r.IntN(len(pick))])
	}
	fmt.Println(picks)
	fmt.Printf("%.4f %d %d\n", r.Float64(), r.Int32N(100), r.UintN(10))
	perm := r.Perm(8)
	fmt.Println(perm)
	norm := 0.0
	for range 1000 {
		norm += r.NormFloat64()
	}
	fmt.Println(norm/1000 < 0.2 && norm/1000 > -0.2)
}
