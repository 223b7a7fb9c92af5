package main

import "fmt"

// Go 1.25 removed the notion of core types from the spec; these
// operations on type parameters worked before and keep working.

func Concat[S ~[]byte | ~string](a, b S) int { return len(a) + len(b) }

func At[S ~string | ~[]byte](s S, i int) byte { return s[i] }

func Cut[S ~[]E, E any](s S, i int) (S, S) { return s[:i], s[i:] }

func Send[C ~chan<- E | ~chan E, E any](c C, v E) { c <- v }

type Path string

func main() {
	fmt.Println(Concat("ab", "c"), Concat([]byte{1}, []byte{2, 3}))
	fmt.Println(At(Path("xyz"), 1), At([]byte("hi"), 0))
	a, b := Cut([]int{1, 2, 3, 4}, 1)
	fmt.Println(a, b)
	ch := make(chan int, 1)
	Send(ch, 7)
	fmt.Println(<-ch)
}
