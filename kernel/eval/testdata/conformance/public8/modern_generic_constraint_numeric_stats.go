package main

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
)

type Real interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

var ErrEmpty = errors.New("no data")

func Mean[T Real](xs []T) (float64, error) {
	if len(xs) == 0 {
		return 0, ErrEmpty
	}
	var s float64
	for _, x := range xs {
		s += float64(x)
	}
	return s / float64(len(xs)), nil
}

func Median[T Real](xs []T) (float64, error) {
	if len(xs) == 0 {
		return 0, ErrEmpty
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return float64(s[n/2]), nil
	}
	return float64(s[n/2-1]+s[n/2]) / 2, nil
}

func StdDev[T Real](xs []T) float64 {
	m, err := Mean(xs)
	if err != nil {
		return math.NaN()
	}
	var ss float64
	for _, x := range xs {
		d := float64(x) - m
		ss += d * d
	}
	return math.Sqrt(ss / float64(len(xs)))
}

func Mode[T cmp.Ordered](xs []T) (T, int) {
	counts := map[T]int{}
	var best T
	bestN := 0
	for _, x := range xs {
		counts[x]++
		if n := counts[x]; n > bestN || n == bestN && x < best {
			best, bestN = x, n
		}
	}
	return best, bestN
}

type Score int32

func main() {
	ints := []int{4, 8, 15, 16, 23, 42}
	m, _ := Mean(ints)
	md, _ := Median(ints)
	fmt.Printf("%.3f %.1f %.4f\n", m, md, StdDev(ints))
	fl := []float32{2.5, 1.5, 3.5}
	md, _ = Median(fl)
	fmt.Println(md, StdDev(fl))
	scores := []Score{90, 85, 90, 70, 85, 90}
	fmt.Println(Mode(scores))
	fmt.Println(Mode([]string{"b", "a", "b", "a"}))
	_, err := Mean([]float64{})
	fmt.Println(err, math.IsNaN(StdDev([]int64{})))
}
