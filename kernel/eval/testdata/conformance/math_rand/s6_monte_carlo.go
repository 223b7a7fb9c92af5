package main

import (
	"fmt"
	"math"
	"math/rand"
	"sort"
)

type Sampler interface{ Sample() float64 }

type Uniform struct{ r *rand.Rand }
type Normal struct {
	r         *rand.Rand
	mu, sigma float64
}

func (u Uniform) Sample() float64 { return u.r.Float64() }
func (n Normal) Sample() float64  { return n.r.NormFloat64()*n.sigma + n.mu }

func stats(s Sampler, n int) (mean, median float64) {
	xs := make([]float64, n)
	for i := range xs {
		xs[i] = s.Sample()
		mean += xs[i]
	}
	sort.Float64s(xs)
	return mean / float64(n), xs[n/2]
}

func main() {
	r := rand.New(rand.NewSource(2024))
	inside := 0
	for i := 0; i < 10000; i++ {
		x, y := r.Float64(), r.Float64()
		if x*x+y*y <= 1 {
			inside++
		}
	}
	fmt.Printf("pi ~ %.4f (err %.4f)\n", 4*float64(inside)/10000, math.Abs(4*float64(inside)/10000-math.Pi))
	for _, s := range []Sampler{Uniform{rand.New(rand.NewSource(1))}, Normal{rand.New(rand.NewSource(1)), 10, 2}} {
		m, med := stats(s, 1001)
		fmt.Printf("%.4f %.4f\n", m, med)
	}
	words := []string{"alpha", "beta", "gamma", "delta"}
	r2 := rand.New(rand.NewSource(5))
	for i := 0; i < 4; i++ {
		fmt.Print(words[r2.Intn(len(words))], " ")
	}
	fmt.Println()
}
