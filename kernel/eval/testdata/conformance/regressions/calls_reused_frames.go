package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

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

func touch(s []int, i int, w bool) int {
	if w {
		s[i] = 7
	}
	x := s[i]
	x += 100
	return x
}

func deref(p *int) int {
	y := *p
	y++
	return y
}

func setp(p *int, v int) { *p = v }

func div(a, b int) int { return a / b }

func level1(a, b int) int { return div(a, b) + 1 }

func protect(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return level1(a, b), nil
}

func index(s []int, i int) int { return s[i] }

func divmod(a, b int) (int, int) { return a / b, a % b }

func named(n int) (r int) {
	defer func() { r *= 2 }()
	r = sq(n)
	return r + 1
}

func sq(n int) int { return n * n }

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func setFirst(xs ...int) { xs[0] = 99 }

func counter(flag bool) int {
	var x int
	if flag {
		x = 5
	}
	return x
}

func build(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

func mk(v int) *int {
	p := new(int)
	*p = v
	return p
}

func mm(k string) map[string]int {
	m := map[string]int{}
	m[k] = len(k)
	return m
}

func rev(s string) string {
	if len(s) <= 1 {
		return s
	}
	return rev(s[1:]) + s[:1]
}

type C int

func (c *C) inc() { *c++ }

func useC() int {
	var c C
	c.inc()
	c.inc()
	return int(c)
}

type node struct {
	val         int
	left, right *node
}

func insert(t *node, v int) *node {
	if t == nil {
		return &node{val: v}
	}
	if v < t.val {
		t.left = insert(t.left, v)
	} else {
		t.right = insert(t.right, v)
	}
	return t
}

func walk(t *node, out []int) []int {
	if t == nil {
		return out
	}
	out = walk(t.left, out)
	out = append(out, t.val)
	return walk(t.right, out)
}

func ack(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func discard(n int) int { return n * 3 }

func fsum(x float64, n int) float64 {
	if n == 0 {
		return x
	}
	return fsum(x+0.1, n-1)
}

func deferCalls(n int) (out []string) {
	for i := 0; i < n; i++ {
		defer func(i int) { out = append(out, fmt.Sprint(sq(i))) }(i)
	}
	return nil
}

var errNeg = errors.New("negative")

func check(n int) error {
	if n < 0 {
		return errNeg
	}
	return nil
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func main() {
	fmt.Println("fib", fib(20), fib(1), fib(0))
	fmt.Println("even", isEven(10), isOdd(7), isEven(7))
	s := []int{1, 2, 3}
	fmt.Println("touch", touch(s, 0, false), touch(s, 1, true), touch(s, 2, false), s)
	v := 41
	fmt.Println("deref", deref(&v), v)
	setp(&v, 5)
	setp(&v, 6)
	fmt.Println("setp", v)
	for _, b := range []int{2, 0, 5} {
		q, err := protect(10, b)
		fmt.Println("protect", q, err)
	}
	func() {
		defer func() { fmt.Println("index", recover()) }()
		for i := 0; i < 5; i++ {
			fmt.Println("at", index(s, i))
		}
	}()
	q, r := divmod(17, 5)
	_, r2 := divmod(9, 4)
	divmod(1, 1)
	fmt.Println("divmod", q, r, r2)
	fmt.Println("named", named(3), named(4))
	fmt.Println("sum", sum(), sum(1, 2, 3), sum(s...))
	setFirst(s...)
	fmt.Println("setFirst", s)
	fmt.Println("counter", counter(true), counter(false), counter(true))
	a := build(3)
	b := build(2)
	a[0] = 50
	fmt.Println("build", a, b, build(0) == nil)
	p1, p2 := mk(1), mk(2)
	*p1 += 10
	fmt.Println("mk", *p1, *p2, p1 != p2)
	m1, m2 := mm("ab"), mm("xyz")
	fmt.Println("mm", m1, m2)
	fmt.Println("rev", rev("hello, world"), strings.ToUpper(rev("abc")))
	fmt.Println("useC", useC(), useC())
	var t *node
	for _, x := range []int{5, 3, 8, 1, 4, 9, 7} {
		t = insert(t, x)
	}
	fmt.Println("tree", walk(t, nil))
	fmt.Println("ack", ack(2, 3))
	for i := 0; i < 3; i++ {
		discard(i)
	}
	fmt.Println("fsum", fsum(0, 10))
	fmt.Println("defers", deferCalls(4))
	fmt.Println("check", check(1), check(-1))
	fmt.Println("gcd", gcd(84, 36), gcd(17, 5))
	var wg sync.WaitGroup
	res := make([]int, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res[i] = fib(15 + i)
		}()
	}
	wg.Wait()
	fmt.Println("goroutines", res)
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return sq(i) + fib(i) })
	}
	fmt.Println("closures", fs[0](), fs[1](), fs[2]())
}
