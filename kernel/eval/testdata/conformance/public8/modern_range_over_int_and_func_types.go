package main

import "fmt"

type Seq func(yield func(int) bool)
type Pairs func(yield func(string, int) bool)

func Range(lo, hi, step int) Seq {
	return func(yield func(int) bool) {
		for i := lo; i < hi; i += step {
			if !yield(i) {
				return
			}
		}
	}
}

func (s Seq) Sum() (t int) {
	for v := range s {
		t += v
	}
	return
}

func (s Seq) Map(f func(int) int) Seq {
	return func(yield func(int) bool) {
		s(func(v int) bool { return yield(f(v)) })
	}
}

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	var n uint8 = 4
	for i := range n {
		fmt.Printf("%T:%d ", i, i)
	}
	type Count int
	for c := range Count(2) {
		fmt.Printf("%T ", c)
	}
	fmt.Println()
	for range 2 {
		fmt.Print("x")
	}
	fmt.Println()
	fmt.Println(Range(0, 10, 3).Sum(), Range(1, 4, 1).Map(func(x int) int { return x * x }).Sum())
	var p Pairs = func(yield func(string, int) bool) {
		_ = yield("a", 1) && yield("b", 2) && yield("c", 3)
	}
	for k, v := range p {
		if k == "c" {
			break
		}
		fmt.Print(k, v, ";")
	}
	fmt.Println()
	for k := range p {
		fmt.Print(k)
	}
	fmt.Println()
	const big = 5
	total := 0
	for i := range big {
		total += i
	}
	fmt.Println(total)
	var s []string
	for i := range len("héllo") {
		s = append(s, fmt.Sprint(i))
	}
	fmt.Println(s)
}
