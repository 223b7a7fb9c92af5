package main

import (
	"cmp"
	"fmt"
	"sync"
)

// mergeSorted merges already-sorted channels into one sorted channel.
func mergeSorted[T cmp.Ordered](ins ...<-chan T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		heads := make([]T, len(ins))
		ok := make([]bool, len(ins))
		for i, in := range ins {
			heads[i], ok[i] = <-in
		}
		for {
			best := -1
			for i := range ins {
				if ok[i] && (best < 0 || heads[i] < heads[best]) {
					best = i
				}
			}
			if best < 0 {
				return
			}
			out <- heads[best]
			heads[best], ok[best] = <-ins[best]
		}
	}()
	return out
}

func emit[T any](vals ...T) <-chan T {
	ch := make(chan T, len(vals))
	for _, v := range vals {
		ch <- v
	}
	close(ch)
	return ch
}

func squares(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 1; i <= n; i++ {
			ch <- i * i
		}
	}()
	return ch
}

func fanOut[T, U any](in <-chan T, workers int, f func(T) U) []U {
	type indexed struct {
		i int
		v U
	}
	var res []indexed
	var mu sync.Mutex
	var wg sync.WaitGroup
	idx := make(chan indexed)
	go func() {
		i := 0
		for v := range in {
			idx <- indexed{i, f(v)}
			i++
		}
		close(idx)
	}()
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for x := range idx {
				mu.Lock()
				res = append(res, x)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	out := make([]U, len(res))
	for _, r := range res {
		out[r.i] = r.v
	}
	return out
}

func main() {
	var got []int
	for v := range mergeSorted(emit(1, 4, 9, 20), squares(5), emit[int](), emit(2, 3, 30)) {
		got = append(got, v)
	}
	fmt.Println(got)
	var words []string
	for w := range mergeSorted(emit("apple", "kiwi"), emit("banana", "cherry", "zucchini")) {
		words = append(words, w)
	}
	fmt.Println(words)
	lens := fanOut(emit("a", "bb", "ccc", "dddd", "eeeee"), 3, func(s string) int { return len(s) * 10 })
	fmt.Println(lens)
}
