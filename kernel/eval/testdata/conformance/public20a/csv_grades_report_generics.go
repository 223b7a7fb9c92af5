package main

import (
	"cmp"
	"encoding/csv"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

type Stats[T cmp.Ordered] struct {
	Min, Max T
	N        int
}

func Summarize[T cmp.Ordered](xs []T) (Stats[T], bool) {
	if len(xs) == 0 {
		return Stats[T]{}, false
	}
	return Stats[T]{slices.Min(xs), slices.Max(xs), len(xs)}, true
}

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func stddev(xs []float64) float64 {
	m := mean(xs)
	s := 0.0
	for _, x := range xs {
		s += (x - m) * (x - m)
	}
	return math.Sqrt(s / float64(len(xs)))
}

func median(xs []float64) float64 {
	c := slices.Clone(xs)
	slices.Sort(c)
	if len(c)%2 == 1 {
		return c[len(c)/2]
	}
	return (c[len(c)/2-1] + c[len(c)/2]) / 2
}

func letter(s float64) string {
	switch {
	case s >= 90:
		return "A"
	case s >= 80:
		return "B"
	case s >= 70:
		return "C"
	case s >= 60:
		return "D"
	}
	return "F"
}

const data = `student,math,physics,literature
ann,95,88,72
bob,67,74,91
cy,82,,79
dee,58,61,65
eve,100,97,88
fay,x,90,90
`

func main() {
	r := csv.NewReader(strings.NewReader(data))
	rows, _ := r.ReadAll()
	header := rows[0]
	cols := make([][]float64, len(header)-1)
	var names []string
	var problems []string
	for _, row := range rows[1:] {
		names = append(names, row[0])
		for i, cell := range row[1:] {
			if cell == "" {
				problems = append(problems, fmt.Sprintf("%s/%s: missing", row[0], header[i+1]))
				continue
			}
			v, err := strconv.ParseFloat(cell, 64)
			if err != nil {
				problems = append(problems, fmt.Sprintf("%s/%s: %v", row[0], header[i+1], err))
				continue
			}
			cols[i] = append(cols[i], v)
		}
	}
	for i, c := range cols {
		st, _ := Summarize(c)
		fmt.Printf("%-10s n=%d min=%.0f max=%.0f mean=%.2f median=%.1f sd=%.3f\n", header[i+1], st.N, st.Min, st.Max, mean(c), median(c), stddev(c))
	}
	fmt.Println(strings.Join(problems, "\n"))
	ns, _ := Summarize(names)
	fmt.Println(ns.Min, ns.Max, ns.N)
	_, ok := Summarize([]int{})
	fmt.Println(ok)
	var grades []string
	for _, s := range []float64{95, 89.99, 70, 59.5, 100} {
		grades = append(grades, letter(s))
	}
	fmt.Println(strings.Join(grades, ""))
}
