package main

import (
	"fmt"
	"math/rand"
	randv2 "math/rand/v2"
	"strings"
)

func shuffleWords(r *randv2.Rand, s string) string {
	w := strings.Fields(s)
	r.Shuffle(len(w), func(i, j int) { w[i], w[j] = w[j], w[i] })
	return strings.Join(w, " ")
}

func main() {
	r := randv2.New(randv2.NewPCG(42, 1024))
	fmt.Print(r.IntN(100), ",", r.IntN(100))
	fmt.Println()
	fmt.Println(r.Float64() < 1, r.Uint64()%1000, r.Int32N(10), r.Perm(5))
	r2 := randv2.New(randv2.NewPCG(42, 1024))
	fmt.Print(r2.IntN(100), ",", r2.IntN(100))
	fmt.Println()
	fmt.Println(shuffleWords(randv2.New(randv2.NewPCG(1, 2)), "the quick brown fox jumps"))
	cc := randv2.New(randv2.NewChaCha8([32]byte{1, 2, 3}))
	fmt.Println(cc.IntN(1000), cc.IntN(1000), cc.Int64N(50))
	old := rand.New(rand.NewSource(7))
	fmt.Println(old.Intn(100), old.Intn(100), old.Float64() < 1, old.Perm(4))
	counts := make([]int, 3)
	rr := randv2.New(randv2.NewPCG(9, 9))
	for range 3000 {
		counts[rr.IntN(3)]++
	}
	fmt.Println(counts[0]+counts[1]+counts[2], counts[0] > 800, counts[1] > 800, counts[2] > 800)
	z := rand.NewZipf(rand.New(rand.NewSource(3)), 1.5, 2, 10)
	fmt.Println(z.Uint64(), z.Uint64(), z.Uint64())
	nf := rand.New(rand.NewSource(11))
	fmt.Printf("%.4f %.4f\n", nf.NormFloat64(), nf.ExpFloat64())
}
