package main

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

// Calls of declared functions with numeric, bool and string arguments and
// results, as a fused program makes them (no reflect round trip).

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func divmod(a, b int) (int, int) { return a / b, a % b }

func half(x float64) float64 { return x / 2 }

func wrap8(x int8) int8 { return x + 100 }

func shout(s string) string { return strings.ToUpper(s) + "!" }

func twice(s string) string { return s + s }

func sq(x int) int { return x * x }

func forward(x int) int { return sq(x) }

func named(x int) (r int) {
	r += x
	return
}

func at(s []int, i int) int {
	v := s[i]
	return v
}

// A slice argument shares its array with the caller's; append does not
// change the caller's length.
func fill(s []int, v int) int {
	for i := 0; i < len(s); i++ {
		s[i] = v + i
	}
	s = append(s, v)
	return len(s)
}

func sumTo(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		t += i
	}
	return t
}

var g int

func bump(i int) int {
	g += 10
	return i
}

func mustPositive(x int) int {
	if x < 0 {
		panic(fmt.Sprintf("negative: %d", x))
	}
	return x
}

func safeSum(xs []int) (total int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	for _, x := range xs {
		total += mustPositive(x)
	}
	return total, nil
}

func outOfRange(s []int) (n int, msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint(r)
		}
	}()
	for i := 0; i < 5; i++ {
		n += at(s, i)
	}
	return n, ""
}

func withDefer(x int) (r int) {
	defer func() { r = sq(r) }()
	r = sq(x) + 1
	return r
}

func deep(n int) int {
	if n == 0 {
		return 0
	}
	return deep(n-1) + 1
}

// return inside the body of a range over a func: its exec ends the loop.
func firstBig(xs []int, lim int) int {
	for x := range slices.Values(xs) {
		if x > lim {
			return x
		}
	}
	return -1
}

func sumSq(xs []int) int {
	t := 0
	for x := range slices.Values(xs) {
		t += sq(x)
		if t > 100 {
			return t
		}
	}
	return t
}

func main() {
	fmt.Println("fib", fib(20))
	for i := 0; i < 4; i++ {
		fmt.Print(fib(i), " ")
	}
	fmt.Println()
	fmt.Println("even", isEven(10), isOdd(7), isEven(7))
	q, r := divmod(17, 5)
	_, r2 := divmod(-17, 5)
	fmt.Println("divmod", q, r, r2)
	fmt.Println("half", half(3), half(half(1)))
	fmt.Println("wrap8", wrap8(100), wrap8(wrap8(27)))
	fmt.Println("strings", shout("go"), twice(shout("a")))
	fmt.Println("forward", forward(7), sq(forward(2)))
	s := 0
	for i := 0; i < 10; i++ {
		s += sq(i) - named(i)
	}
	fmt.Println("loop", s, named(3), named(4))
	xs := []int{5, 6, 7}
	t := 0
	for i := 0; i < len(xs); i++ {
		t += at(xs, i)
	}
	fmt.Println("at", t, at(xs, 2))
	ys := make([]int, 3, 10)
	n1 := fill(ys, 7)
	n2 := fill(ys[:2], 1)
	fmt.Println("fill", n1, n2, ys, len(ys), ys[:4])
	fmt.Println("sumTo", sumTo(10), sumTo(100)+sumTo(3))
	g = 0
	for i := 0; i < 3; i++ {
		g += bump(i)
	}
	fmt.Println("global", g)
	fmt.Println(safeSum([]int{1, 2, 3}))
	fmt.Println(safeSum([]int{1, -2, 3}))
	fmt.Println(outOfRange([]int{1, 2, 3}))
	fmt.Println("defer", withDefer(2), withDefer(3))
	fmt.Println("deep", deep(5000))
	fmt.Println("rangefunc", firstBig([]int{1, 5, 9, 12}, 8), firstBig([]int{1}, 8), sumSq([]int{1, 2, 3}), sumSq([]int{5, 6, 7, 8}))

	var wg sync.WaitGroup
	res := make([]int, 8)
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			acc := 0
			for k := 0; k < 50; k++ {
				acc += fib(w+5) + sq(k)
			}
			res[w] = acc
		}(w)
	}
	wg.Wait()
	fmt.Println("goroutines", res)

	f := fib
	fmt.Println("func value", f(10))
	add := func(a, b int) int { return sq(a) + sq(b) }
	fmt.Println("closure", add(3, 4))
}
