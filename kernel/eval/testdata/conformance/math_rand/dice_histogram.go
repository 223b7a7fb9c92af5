package main

import (
	"fmt"
	"math/rand"
	"strings"
)

type Die struct {
	rng   *rand.Rand
	sides int
}

func (d Die) Roll() int { return d.rng.Intn(d.sides) + 1 }

func main() {
	d := Die{rand.New(rand.NewSource(42)), 6}
	counts := make([]int, 13)
	for i := 0; i < 600; i++ {
		counts[d.Roll()+d.Roll()]++
	}
	for s := 2; s <= 12; s++ {
		fmt.Printf("%2d %3d %s\n", s, counts[s], strings.Repeat("*", counts[s]/5))
	}
	buf := make([]byte, 8)
	n, err := rand.New(rand.NewSource(7)).Read(buf)
	fmt.Println(n, err, buf)
}
