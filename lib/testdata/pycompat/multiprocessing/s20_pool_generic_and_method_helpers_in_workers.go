package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

type Number interface{ ~int | ~float64 }

func total[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func maxOf[T Number](xs []T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

type Stats struct{ xs []int }

func (s Stats) Mean() float64 { return float64(total(s.xs)) / float64(len(s.xs)) }

func describe(xs []int) string {
	s := Stats{xs}
	return fmt.Sprintf("(%d, %.1f, %d)", total(xs), s.Mean(), maxOf(xs))
}

func totalInts(xs []int) int { return total(xs) }

func main() {
	multiprocessing.Main(describe, totalInts)
	data := [][]int{{1, 2, 3}, {10, 20}, {5}}
	p := multiprocessing.NewPool(2)
	r, _ := p.Map(describe, data)
	var s []string
	for _, x := range r {
		s = append(s, x.(string))
	}
	fmt.Println("[" + strings.Join(s, ", ") + "]")
	r, _ = p.Map(totalInts, data)
	fmt.Printf("[%v, %v, %v]\n", r[0], r[1], r[2])
	p.Terminate()
}
