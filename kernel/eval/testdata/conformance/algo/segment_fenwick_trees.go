package main

import "fmt"

type Fenwick struct{ t []int }

func NewFenwick(n int) *Fenwick { return &Fenwick{make([]int, n+1)} }

func (f *Fenwick) Add(i, d int) {
	for i++; i < len(f.t); i += i & -i {
		f.t[i] += d
	}
}

func (f *Fenwick) Prefix(i int) (s int) {
	for i++; i > 0; i -= i & -i {
		s += f.t[i]
	}
	return
}

func (f *Fenwick) Range(l, r int) int { return f.Prefix(r) - f.Prefix(l-1) }

type SegTree struct {
	n    int
	tree []int
}

func NewSegTree(a []int) *SegTree {
	s := &SegTree{n: len(a), tree: make([]int, 4*len(a))}
	s.build(a, 1, 0, len(a)-1)
	return s
}

func (s *SegTree) build(a []int, node, l, r int) {
	if l == r {
		s.tree[node] = a[l]
		return
	}
	m := (l + r) / 2
	s.build(a, 2*node, l, m)
	s.build(a, 2*node+1, m+1, r)
	s.tree[node] = min(s.tree[2*node], s.tree[2*node+1])
}

func (s *SegTree) Min(ql, qr int) int { return s.query(1, 0, s.n-1, ql, qr) }

func (s *SegTree) query(node, l, r, ql, qr int) int {
	if qr < l || r < ql {
		return 1 << 62
	}
	if ql <= l && r <= qr {
		return s.tree[node]
	}
	m := (l + r) / 2
	return min(s.query(2*node, l, m, ql, qr), s.query(2*node+1, m+1, r, ql, qr))
}

func (s *SegTree) Set(i, v int) { s.update(1, 0, s.n-1, i, v) }

func (s *SegTree) update(node, l, r, i, v int) {
	if l == r {
		s.tree[node] = v
		return
	}
	m := (l + r) / 2
	if i <= m {
		s.update(2*node, l, m, i, v)
	} else {
		s.update(2*node+1, m+1, r, i, v)
	}
	s.tree[node] = min(s.tree[2*node], s.tree[2*node+1])
}

func main() {
	a := []int{5, 3, 8, 6, 1, 4, 7, 2}
	f := NewFenwick(len(a))
	for i, v := range a {
		f.Add(i, v)
	}
	fmt.Println(f.Prefix(7), f.Range(2, 5), f.Range(0, 0))
	f.Add(4, 10)
	fmt.Println(f.Range(3, 4))
	st := NewSegTree(a)
	fmt.Println(st.Min(0, 7), st.Min(0, 3), st.Min(5, 7), st.Min(2, 2))
	st.Set(4, 100)
	fmt.Println(st.Min(0, 7), st.Min(3, 5))
}
