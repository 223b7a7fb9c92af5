package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

func Mean[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	var s float64
	for _, x := range xs {
		s += float64(x)
	}
	return s / float64(len(xs))
}

func Median[T Number](xs []T) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return float64(s[n/2])
	}
	return float64(s[n/2-1]+s[n/2]) / 2
}

func StdDev[T Number](xs []T) float64 {
	m := Mean(xs)
	var acc float64
	for _, x := range xs {
		d := float64(x) - m
		acc += d * d
	}
	return math.Sqrt(acc / float64(len(xs)))
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

type Score int

type Student struct {
	Name   string
	Class  string
	Scores []Score
}

func (s Student) Avg() float64 { return Mean(s.Scores) }

func grade(avg float64) string {
	switch {
	case avg >= 90:
		return "A"
	case avg >= 80:
		return "B"
	case avg >= 70:
		return "C"
	default:
		return "F"
	}
}

func main() {
	students := []Student{
		{"민준", "1A", []Score{90, 85, 100}},
		{"서연", "1A", []Score{70, 75, 80, 65}},
		{"Jake", "1B", []Score{88, 92}},
		{"Mia", "1B", []Score{50, 60, 70}},
		{"도윤", "1A", []Score{95, 95, 96}},
	}
	groups := GroupBy(students, func(s Student) string { return s.Class })
	classes := make([]string, 0, len(groups))
	for c := range groups {
		classes = append(classes, c)
	}
	slices.Sort(classes)
	for _, c := range classes {
		ss := groups[c]
		slices.SortFunc(ss, func(a, b Student) int { return cmp.Compare(b.Avg(), a.Avg()) })
		avgs := Map(ss, Student.Avg)
		fmt.Printf("class %s: mean %.2f median %.2f sd %.3f\n", c, Mean(avgs), Median(avgs), StdDev(avgs))
		for _, s := range ss {
			fmt.Printf("  %-5s %6.2f %s %v\n", s.Name, s.Avg(), grade(s.Avg()), s.Scores)
		}
	}
	all := slices.Concat(Map(students, func(s Student) []Score { return s.Scores })...)
	fmt.Println(len(all), Mean(all), Median(all), slices.Max(all), slices.Min(all))
	fmt.Println(Mean([]int{}), math.IsNaN(Mean[float32](nil)), Median([]float32{1.5, 2.5}))
	names := Map(students, func(s Student) string { return s.Name })
	fmt.Println(strings.Join(names, "/"), len(names[0]), len([]rune(names[0])))
}
