package main

import (
	"errors"
	"fmt"
	"strings"
)

type Deque[T any] struct {
	buf        []T
	head, size int
}

func (d *Deque[T]) grow() {
	nb := make([]T, max(4, 2*len(d.buf)))
	for i := range d.size {
		nb[i] = d.buf[(d.head+i)%len(d.buf)]
	}
	d.buf, d.head = nb, 0
}

func (d *Deque[T]) PushBack(v T) {
	if d.size == len(d.buf) {
		d.grow()
	}
	d.buf[(d.head+d.size)%len(d.buf)] = v
	d.size++
}

func (d *Deque[T]) PushFront(v T) {
	if d.size == len(d.buf) {
		d.grow()
	}
	d.head = (d.head - 1 + len(d.buf)) % len(d.buf)
	d.buf[d.head] = v
	d.size++
}

func (d *Deque[T]) PopFront() (T, bool) {
	var zero T
	if d.size == 0 {
		return zero, false
	}
	v := d.buf[d.head]
	d.head = (d.head + 1) % len(d.buf)
	d.size--
	return v, true
}

func (d *Deque[T]) PopBack() (T, bool) {
	var zero T
	if d.size == 0 {
		return zero, false
	}
	d.size--
	return d.buf[(d.head+d.size)%len(d.buf)], true
}

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st []rune
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			st = append(st, r)
		case ')', ']', '}':
			if len(st) == 0 || st[len(st)-1] != pairs[r] {
				return false
			}
			st = st[:len(st)-1]
		}
	}
	return len(st) == 0
}

var ErrStack = errors.New("stack underflow")

func evalRPN(expr string) (float64, error) {
	var st []float64
	for _, tok := range strings.Fields(expr) {
		switch tok {
		case "+", "-", "*", "/":
			if len(st) < 2 {
				return 0, ErrStack
			}
			b, a := st[len(st)-1], st[len(st)-2]
			st = st[:len(st)-2]
			var r float64
			switch tok {
			case "+":
				r = a + b
			case "-":
				r = a - b
			case "*":
				r = a * b
			case "/":
				r = a / b
			}
			st = append(st, r)
		default:
			var f float64
			if _, err := fmt.Sscan(tok, &f); err != nil {
				return 0, fmt.Errorf("bad token %q: %w", tok, err)
			}
			st = append(st, f)
		}
	}
	if len(st) != 1 {
		return 0, ErrStack
	}
	return st[0], nil
}

func slidingMax(xs []int, k int) []int {
	var dq Deque[int]
	var out []int
	idx := []int{}
	_ = dq
	for i, x := range xs {
		for len(idx) > 0 && xs[idx[len(idx)-1]] <= x {
			idx = idx[:len(idx)-1]
		}
		idx = append(idx, i)
		if idx[0] <= i-k {
			idx = idx[1:]
		}
		if i >= k-1 {
			out = append(out, xs[idx[0]])
		}
	}
	return out
}

func main() {
	var d Deque[string]
	for _, s := range []string{"a", "b", "c", "d", "e"} {
		d.PushBack(s)
	}
	d.PushFront("z")
	f, _ := d.PopFront()
	b, _ := d.PopBack()
	fmt.Println(f, b, d.size)
	for {
		v, ok := d.PopFront()
		if !ok {
			break
		}
		fmt.Print(v)
	}
	fmt.Println()
	for _, s := range []string{"([]{})", "([)]", "((", ""} {
		fmt.Print(balanced(s), " ")
	}
	fmt.Println()
	fmt.Println(evalRPN("3 4 + 2 *"))
	fmt.Println(evalRPN("5 1 2 + 4 * + 3 -"))
	fmt.Println(evalRPN("1 +"))
	_, err := evalRPN("2 x +")
	fmt.Println(err)
	fmt.Println(slidingMax([]int{1, 3, -1, -3, 5, 3, 6, 7}, 3))
}
