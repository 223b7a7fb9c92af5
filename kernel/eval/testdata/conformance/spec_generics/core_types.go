package main

import "fmt"

func Sum[S ~[]E, E ~int | ~float64](s S) E {
	var t E
	for _, x := range s {
		t += x
	}
	return t
}

func Keys[M ~map[K]V, K comparable, V any](m M) int {
	n := 0
	for range m {
		n++
	}
	return n
}

func Drain[C ~chan E, E any](c C) []E {
	var out []E
	for x := range c {
		out = append(out, x)
	}
	return out
}

func Grow[S ~[]E, E any](s S, n int) S {
	out := make(S, len(s), len(s)+n)
	copy(out, s)
	return out
}

func Last[S ~[]E, E any](s S) E { return s[len(s)-1] }

func Bytes[T ~string | ~[]byte](x T) int { return len(x) }

type Scores []int

type Index map[string]bool

func main() {
	sc := Scores{3, 4, 5}
	fmt.Println(Sum(sc), Sum([]float64{0.5, 0.25}))
	fmt.Println(Keys(Index{"a": true, "b": false}), Keys(map[int]int{}))
	ch := make(chan string, 3)
	ch <- "x"
	ch <- "y"
	close(ch)
	fmt.Println(Drain(ch))
	g := Grow(sc, 10)
	fmt.Printf("%v %d %d %T\n", g, len(g), cap(g), g)
	fmt.Println(Last(sc), Last([]string{"p", "q"}))
	fmt.Println(Bytes("héllo"), Bytes([]byte{1, 2}))
}
