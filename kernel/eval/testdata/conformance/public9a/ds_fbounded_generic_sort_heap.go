package main

import (
	"fmt"
	"strings"
)

type Lesser[T any] interface {
	Less(T) bool
}

type Version struct{ Major, Minor, Patch int }

func (v Version) Less(o Version) bool {
	if v.Major != o.Major {
		return v.Major < o.Major
	}
	if v.Minor != o.Minor {
		return v.Minor < o.Minor
	}
	return v.Patch < o.Patch
}

func (v Version) String() string { return fmt.Sprintf("v%d.%d.%d", v.Major, v.Minor, v.Patch) }

type Word string

func (w Word) Less(o Word) bool { return strings.ToLower(string(w)) < strings.ToLower(string(o)) }

func SortL[T Lesser[T]](xs []T) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j].Less(xs[j-1]); j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

type Heap[T Lesser[T]] struct{ data []T }

func (h *Heap[T]) Push(x T) {
	h.data = append(h.data, x)
	i := len(h.data) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h.data[i].Less(h.data[p]) {
			break
		}
		h.data[i], h.data[p] = h.data[p], h.data[i]
		i = p
	}
}

func (h *Heap[T]) Pop() (T, bool) {
	var zero T
	if len(h.data) == 0 {
		return zero, false
	}
	top := h.data[0]
	last := len(h.data) - 1
	h.data[0] = h.data[last]
	h.data = h.data[:last]
	for i := 0; ; {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(h.data) && h.data[l].Less(h.data[m]) {
			m = l
		}
		if r < len(h.data) && h.data[r].Less(h.data[m]) {
			m = r
		}
		if m == i {
			break
		}
		h.data[i], h.data[m] = h.data[m], h.data[i]
		i = m
	}
	return top, true
}

func MinOf[T Lesser[T]](first T, rest ...T) T {
	m := first
	for _, x := range rest {
		if x.Less(m) {
			m = x
		}
	}
	return m
}

type Stringish interface {
	~string
	Less(Word) bool
}

func Longest[S Stringish](xs []S) S {
	var best S
	for _, x := range xs {
		if len(x) > len(best) || len(x) == len(best) && x.Less(Word(best)) {
			best = x
		}
	}
	return best
}

func main() {
	vs := []Version{{1, 2, 3}, {1, 10, 0}, {0, 9, 9}, {1, 2, 0}, {2, 0, 0}}
	SortL(vs)
	fmt.Println(vs)
	ws := []Word{"banana", "Apple", "cherry", "apricot"}
	SortL(ws)
	fmt.Println(ws)
	var h Heap[Version]
	for _, v := range []Version{{3, 0, 0}, {1, 0, 0}, {2, 5, 1}, {1, 0, 1}} {
		h.Push(v)
	}
	for {
		v, ok := h.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println(MinOf(Word("pear"), "Fig", "kiwi"), MinOf(Version{1, 1, 1}))
	fmt.Println(Longest(ws), Longest([]Word{}) == "")
}
