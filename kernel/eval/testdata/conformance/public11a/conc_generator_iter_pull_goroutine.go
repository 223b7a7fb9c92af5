package main

import (
	"fmt"
	"iter"
)

func Count(start, step int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := start; ; i += step {
			if !yield(i) {
				return
			}
		}
	}
}

func FromChan[T any](ch <-chan T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range ch {
			if !yield(v) {
				return
			}
		}
	}
}

func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		for {
			x, ok1 := na()
			y, ok2 := nb()
			if !ok1 || !ok2 || !yield(x, y) {
				return
			}
		}
	}
}

func main() {
	ch := make(chan string)
	go func() {
		defer close(ch)
		for _, s := range []string{"a", "b", "c", "d"} {
			ch <- s
		}
	}()
	for n, s := range Zip(Count(10, 5), FromChan(ch)) {
		fmt.Println(n, s)
	}
	next, stop := iter.Pull(Count(1, 1))
	for range 3 {
		v, ok := next()
		fmt.Print(v, ok, " ")
	}
	stop()
	v, ok := next()
	fmt.Println("after stop:", v, ok)
	total := 0
	for v := range Count(0, 3) {
		if v > 30 {
			break
		}
		total += v
	}
	fmt.Println(total)
}
