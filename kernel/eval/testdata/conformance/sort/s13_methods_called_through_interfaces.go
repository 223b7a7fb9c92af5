package main

import (
	"container/heap"
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Value receivers of a slice type: sort.Interface.
type byLen []string

func (s byLen) Len() int { return len(s) }
func (s byLen) Less(i, j int) bool {
	return len(s[i]) < len(s[j]) || len(s[i]) == len(s[j]) && s[i] < s[j]
}
func (s byLen) Swap(i, j int) { s[i], s[j] = s[j], s[i] }

// Pointer receivers on a struct, with a counter the methods update.
type counted struct {
	xs    []int
	swaps int
}

func (c *counted) Len() int           { return len(c.xs) }
func (c *counted) Less(i, j int) bool { return c.xs[i] > c.xs[j] }
func (c *counted) Swap(i, j int)      { c.xs[i], c.xs[j] = c.xs[j], c.xs[i]; c.swaps++ }

// A struct value receiver with several fields.
type table struct {
	keys []string
	vals []int
	desc bool
}

func (t table) Len() int { return len(t.keys) }
func (t table) Less(i, j int) bool {
	if t.desc {
		return t.vals[i] > t.vals[j]
	}
	return t.vals[i] < t.vals[j]
}
func (t table) Swap(i, j int) {
	t.keys[i], t.keys[j] = t.keys[j], t.keys[i]
	t.vals[i], t.vals[j] = t.vals[j], t.vals[i]
}

// A parameter not used, and an unnamed receiver.
type evensFirst []int

func (evensFirst) Name() string         { return "evens" }
func (e evensFirst) Len() int           { return len(e) }
func (e evensFirst) Less(i, _ int) bool { return e[i]%2 == 0 }
func (e evensFirst) Swap(i, j int)      { e[i], e[j] = e[j], e[i] }
func (e evensFirst) String() string     { return fmt.Sprintf("evens%v", []int(e)) }

// A heap of items with pointer receivers; Pop returns a struct pointer.
type item struct {
	name string
	prio int
	idx  int
}

type pq []*item

func (q pq) Len() int           { return len(q) }
func (q pq) Less(i, j int) bool { return q[i].prio > q[j].prio }
func (q pq) Swap(i, j int)      { q[i], q[j] = q[j], q[i]; q[i].idx = i; q[j].idx = j }
func (q *pq) Push(x any)        { it := x.(*item); it.idx = len(*q); *q = append(*q, it) }
func (q *pq) Pop() any {
	old := *q
	n := len(old)
	it := old[n-1]
	old[n-1] = nil
	*q = old[:n-1]
	return it
}

// A heap whose Pop returns values of a notebook type and nil.
type point struct{ x, y int }

type pointHeap []any

func (h pointHeap) Len() int { return len(h) }
func (h pointHeap) Less(i, j int) bool {
	a, aok := h[i].(point)
	b, bok := h[j].(point)
	if !aok || !bok {
		return !aok && bok
	}
	return a.x+a.y < b.x+b.y
}
func (h pointHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *pointHeap) Push(x any)   { *h = append(*h, x) }
func (h *pointHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// Stringers and errors: value, pointer, nested (re-entrant) calls.
type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type node struct {
	val  int
	kids []*node
}

func (n *node) String() string {
	var parts []string
	for _, k := range n.kids {
		parts = append(parts, k.String())
	}
	if len(parts) == 0 {
		return fmt.Sprint(n.val)
	}
	return fmt.Sprintf("%d(%s)", n.val, strings.Join(parts, " "))
}

type tree struct{ root *node }

func (t tree) String() string { return fmt.Sprintf("tree[%v]", t.root) }

type notFound struct{ key string }

func (e notFound) Error() string { return "not found: " + e.key }

type wrapped struct {
	op  string
	err error
}

func (w *wrapped) Error() string { return w.op + ": " + w.err.Error() }
func (w *wrapped) Unwrap() error { return w.err }

// A map type (its value is the interface's word) with a String method.
type set map[string]bool

func (s set) String() string {
	var ks []string
	for k := range s {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return "{" + strings.Join(ks, ",") + "}"
}

// A Less that panics on a bad element.
type strict []int

func (s strict) Len() int { return len(s) }
func (s strict) Less(i, j int) bool {
	if s[i] < 0 || s[j] < 0 {
		panic(fmt.Sprintf("negative value at %d or %d", i, j))
	}
	return s[i] < s[j]
}
func (s strict) Swap(i, j int) { s[i], s[j] = s[j], s[i] }

func sortStrict(s strict) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	sort.Sort(s)
	return nil
}

func main() {
	words := byLen{"pear", "fig", "banana", "kiwi", "apple", "date"}
	sort.Sort(words)
	fmt.Println(words, sort.IsSorted(words))
	sort.Sort(sort.Reverse(words))
	fmt.Println(words)

	c := &counted{xs: []int{5, 2, 8, 1, 9, 3}}
	sort.Sort(c)
	fmt.Println(c.xs, c.swaps > 0)

	t := table{keys: []string{"a", "b", "c", "d"}, vals: []int{3, 1, 4, 1}}
	sort.Stable(t)
	fmt.Println(t.keys, t.vals)
	t.desc = true
	sort.Stable(t)
	fmt.Println(t.keys, t.vals)

	e := evensFirst{1, 2, 3, 4, 5, 6}
	sort.Stable(e)
	fmt.Println(e, e.Name())

	q := &pq{}
	heap.Init(q)
	for i, n := range []string{"low", "high", "mid", "top", "none"} {
		heap.Push(q, &item{name: n, prio: []int{1, 5, 3, 9, 0}[i]})
	}
	it := (*q)[q.Len()-1]
	it.prio = 10
	heap.Fix(q, it.idx)
	for q.Len() > 0 {
		x := heap.Pop(q).(*item)
		fmt.Print(x.name, ":", x.prio, " ")
	}
	fmt.Println()

	h := &pointHeap{}
	for _, v := range []any{point{3, 4}, nil, point{1, 1}, point{0, 5}, nil} {
		heap.Push(h, v)
	}
	for h.Len() > 0 {
		v := heap.Pop(h)
		if p, ok := v.(point); ok {
			fmt.Printf("%v/%T ", p, v)
		} else {
			fmt.Printf("%v ", v)
		}
	}
	fmt.Println()

	temps := []fmt.Stringer{celsius(21.5), celsius(-3), e}
	fmt.Println(temps)
	root := &node{1, []*node{{2, nil}, {3, []*node{{4, nil}, {5, nil}}}}}
	fmt.Println(root, tree{root})
	fmt.Printf("%s|%v|%d\n", celsius(0.25), []celsius{1, 2}, 7)

	var err error = &wrapped{"load", notFound{"cfg"}}
	fmt.Println(err)
	var nf notFound
	fmt.Println(errors.As(err, &nf), nf.key, errors.Unwrap(err))
	errs := errors.Join(notFound{"a"}, &wrapped{"b", notFound{"c"}})
	fmt.Println(strings.ReplaceAll(errs.Error(), "\n", " | "))

	s := set{"b": true, "a": true, "c": false}
	fmt.Println(s, []fmt.Stringer{s})
	fmt.Printf("%v %s\n", s, s)

	fmt.Println(sortStrict(strict{3, 1, 2}))
	fmt.Println(sortStrict(strict{3, -1, 2}))

	// Sorting again and again (a frame reused from call to call).
	big := make(byLen, 0, 300)
	for i := 0; i < 300; i++ {
		big = append(big, strings.Repeat("x", (i*37)%11)+fmt.Sprint(i%7))
	}
	sort.Sort(big)
	fmt.Println(sort.IsSorted(big), big[0], big[len(big)-1])
}
