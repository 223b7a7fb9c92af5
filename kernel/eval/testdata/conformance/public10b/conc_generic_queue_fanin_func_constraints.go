package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

func Map[T, U any, F ~func(T) U](xs []T, f F) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

type Transformer func(string) string

func Apply[S ~[]E, E any, F ~func(E) E](s S, fs ...F) S {
	out := make(S, len(s))
	copy(out, s)
	for _, f := range fs {
		for i := range out {
			out[i] = f(out[i])
		}
	}
	return out
}

type Queue[T any] struct {
	ch   chan T
	wg   sync.WaitGroup
	mu   sync.Mutex
	seen []T
}

func NewQueue[T any](n int) *Queue[T] {
	q := &Queue[T]{ch: make(chan T, n)}
	q.wg.Add(1)
	go q.consume()
	return q
}

func (q *Queue[T]) consume() {
	defer q.wg.Done()
	for v := range q.ch {
		q.mu.Lock()
		q.seen = append(q.seen, v)
		q.mu.Unlock()
	}
}

func (q *Queue[T]) Push(v T) { q.ch <- v }
func (q *Queue[T]) Close() []T {
	close(q.ch)
	q.wg.Wait()
	return q.seen
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func FanIn[T any](cs ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan T) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func Emit[T any](vs ...T) <-chan T {
	c := make(chan T)
	go func() {
		defer close(c)
		for _, v := range vs {
			c <- v
		}
	}()
	return c
}

func main() {
	fmt.Println(Map([]int{1, 2, 3}, strconv.Itoa), Map([]string{"a", "bb"}, func(s string) int { return len(s) }))
	up := Transformer(strings.ToUpper)
	fmt.Println(Apply([]string{"go", "fun"}, up, Transformer(func(s string) string { return s + "!" })))
	q := NewQueue[Pair[string, int]](2)
	push := q.Push
	var wg sync.WaitGroup
	for i, k := range []string{"a", "b", "c"} {
		wg.Add(1)
		go func() { defer wg.Done(); push(Pair[string, int]{k, i}) }()
	}
	wg.Wait()
	got := q.Close()
	sort.Slice(got, func(i, j int) bool { return got[i].Key < got[j].Key })
	fmt.Printf("%v %+v\n", got, got[0])
	var all []Pair[int, bool]
	for p := range FanIn(Emit(Pair[int, bool]{1, true}), Emit(Pair[int, bool]{2, false}, Pair[int, bool]{3, true})) {
		all = append(all, p)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Key < all[j].Key })
	fmt.Println(all)
	fmt.Printf("%T\n", q)
}
