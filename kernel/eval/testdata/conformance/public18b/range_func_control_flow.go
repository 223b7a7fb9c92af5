package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("  count done", n)
		for i := range n {
			if !yield(i) {
				fmt.Println("  stopped at", i)
				return
			}
		}
	}
}

func Pairs[K comparable, V any](keys []K, f func(K) V) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range keys {
			if !yield(k, f(k)) {
				return
			}
		}
	}
}

func find(target int) (pos int, found bool) {
	for i := range Count(10) {
		if i == target {
			return i, true
		}
	}
	return -1, false
}

func deferInBody() (out []string) {
	for i := range Count(3) {
		defer func() { out = append(out, fmt.Sprint("d", i)) }()
	}
	return []string{"body"}
}

func panicInBody() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered %v", r)
		}
	}()
	for i := range Count(5) {
		if i == 2 {
			panic("at two")
		}
	}
	return nil
}

func main() {
	fmt.Println(find(4))
	fmt.Println(find(40))
outer:
	for i := range Count(3) {
		for j := range Count(3) {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
	fmt.Println(deferInBody())
	fmt.Println(panicInBody())
	for k, v := range Pairs([]string{"a", "bb", "ccc"}, func(s string) int { return len(s) }) {
		if v == 3 {
			break
		}
		fmt.Println(k, v)
	}
	next, stop := iter.Pull(Count(4))
	a, ok1 := next()
	b, ok2 := next()
	stop()
	c, ok3 := next()
	fmt.Println(a, ok1, b, ok2, c, ok3)
	next2, stop2 := iter.Pull2(maps.All(map[string]int{"only": 1}))
	k, v, ok := next2()
	fmt.Println(k, v, ok)
	k, v, ok = next2()
	fmt.Println(k, v, ok)
	stop2()
	total := 0
	for i := range 5 {
		total += i
		switch {
		case i == 1:
			continue
		case i == 3:
			goto done
		}
		total *= 10
	}
done:
	fmt.Println("total", total)
	ch := slices.Collect(func(yield func(string) bool) {
		_ = yield("x") && yield("y") && yield("z")
	})
	fmt.Println(ch)
	var funcs []func() int
	for i := range Count(3) {
		funcs = append(funcs, func() int { return i * 100 })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
