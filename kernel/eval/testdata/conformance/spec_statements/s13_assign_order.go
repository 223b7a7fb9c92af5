package main

import "fmt"

// The order of evaluation of assignments: an operation assignment
// evaluates its left operand once; the calls and receives of a statement
// run in their lexical order; a tuple assignment evaluates the operands
// of its left index expressions and pointer indirections, and its right
// side, before it assigns anything, then assigns from left to right.

var trace []string

func note(s string, v int) int {
	trace = append(trace, s)
	return v
}

func flush(label string) {
	fmt.Println(label, trace)
	trace = nil
}

func opAssign() {
	// The map operand is evaluated once: the sum goes into the map x
	// holds when the statement's call has run.
	one := map[string]int{"k": 1}
	two := map[string]int{"k": 2}
	x := one
	x["k"] += func() int {
		x = two
		return 10
	}()
	fmt.Println("map", one["k"], two["k"])

	// A slice operand.
	s1 := []int{1, 2}
	s2 := []int{3, 4}
	s := s1
	s[0] += func() int {
		s = s2
		return 100
	}()
	fmt.Println("slice", s1, s2)

	// A pointer operand.
	a, b := 1, 2
	p := &a
	*p *= func() int {
		p = &b
		return 5
	}()
	fmt.Println("pointer", a, b)

	// The entry is read once and written once: a call that writes the
	// same entry is overwritten.
	m := map[string]int{"n": 1}
	m["n"] += func() int {
		m["n"] = 50
		return 1
	}()
	fmt.Println("same entry", m["n"])

	// Calls on both sides run left to right.
	arr := []int{10, 20, 30}
	arr[note("index", 1)] -= note("value", 5)
	fmt.Println("arr", arr)
	flush("calls")

	// A struct field through a pointer.
	type pt struct{ x, y int }
	q := &pt{1, 2}
	r := &pt{10, 20}
	cur := q
	cur.x += func() int {
		cur = r
		return 7
	}()
	fmt.Println("field", *q, *r)

	// String concatenation into a map entry.
	words := map[int]string{1: "go"}
	words[note("key", 1)] += fmt.Sprint("-", note("arg", 2))
	fmt.Println(words[1])
	flush("concat")
}

func tuples() {
	// Swaps of slice elements, array elements, map entries and fields.
	s := []int{1, 2, 3}
	s[0], s[2] = s[2], s[0]
	arr := [3]string{"a", "b", "c"}
	arr[1], arr[2] = arr[2], arr[1]
	m := map[string]int{"a": 1, "b": 2}
	m["a"], m["b"] = m["b"], m["a"]
	type pair struct{ l, r int }
	pp := &pair{1, 2}
	pp.l, pp.r = pp.r, pp.l
	fmt.Println(s, arr, m["a"], m["b"], *pp)

	// The index operand is evaluated before the assignments.
	i := 0
	x := []int{0, 0, 0}
	i, x[i] = 1, 2
	fmt.Println(i, x)

	// A pointer operand too: p is the old pointer at its assignment.
	a, b := 1, 2
	p := &a
	p, *p = &b, 9
	fmt.Println(a, b, *p)

	// Map key and map operand.
	k := "x"
	mm := map[string]int{}
	k, mm[k] = "y", 5
	fmt.Println(k, mm)

	// The right side is evaluated before any assignment.
	u, v := 1, 2
	u, v = v, u+v
	fmt.Println(u, v)

	// Calls in every position run left to right: the left index
	// expressions' calls, then the right side's.
	y := []int{0, 0, 0, 0}
	y[note("l1", 0)], y[note("l2", 1)] = note("r1", 10), note("r2", 20)
	fmt.Println(y)
	flush("tuple calls")

	mv := map[int]int{}
	mv[note("k1", 1)], mv[note("k2", 2)], y[note("k3", 3)] = note("v1", 1), note("v2", 2), note("v3", 3)
	fmt.Println(mv[1], mv[2], y)
	flush("map calls")

	// A receive on the right.
	c := make(chan int, 2)
	c <- 3
	c <- 4
	w := []int{0, 0}
	w[0], w[1] = <-c, <-c
	fmt.Println(w)
}

func incDec() {
	m := map[string]int{}
	for _, k := range []string{"a", "b", "a"} {
		m[k]++
	}
	s := []int{5, 5}
	i := 0
	s[i]--
	p := &s[1]
	*p++
	fmt.Println(m["a"], m["b"], s)
}

// partial shows the assignments a tuple assignment makes before a
// left operand panics at its own assignment.
func partial() {
	try := func(name string, f func()) {
		defer func() { fmt.Println(name, recover()) }()
		f()
	}
	m := map[int]int{}
	var p *int
	try("nil pointer", func() { m[2], *p = 42, 2 })
	s := []int{}
	try("index", func() { m[3], s[1] = 3, 3 })
	type P struct{ i int }
	var pp *P
	try("field", func() { m[4], pp.i = 4, 4 })
	fmt.Println(len(m), m[2], m[3], m[4])

	var nm map[int]int
	a := 0
	q := &a
	try("nil map", func() { *q, nm[2] = 5, 2 })
	b := 0
	try("nil map first", func() { nm[0], b = 1, 2 })
	fmt.Println(a, b)

	x := 0
	try("variable then nil pointer", func() { x, *p = 7, 1 })
	arr := []int{1, 2, 3}
	try("element then index", func() { arr[0], arr[5] = 9, 9 })
	fmt.Println(x, arr)

	// A left operand evaluated before the assignments: p is the old
	// pointer (nil) when *p is assigned.
	var np *int
	v := 3
	try("pointer assigned first", func() { np, *np = &v, 4 })
	fmt.Println(np == &v, v)
}

func main() {
	opAssign()
	tuples()
	incDec()
	partial()
}
