package main

import "fmt"

type Fenwick []int64

func (f Fenwick) Add(i int, d int64) {
	for i++; i < len(f); i += i & -i {
		f[i] += d
	}
}

func (f Fenwick) Prefix(i int) (s int64) {
	for i++; i > 0; i -= i & -i {
		s += f[i]
	}
	return
}

func (f Fenwick) Range(l, r int) int64 { return f.Prefix(r) - f.Prefix(l-1) }

type SegTree struct {
	n    int
	t    []int
	comb func(a, b int) int
	id   int
}

func NewSeg(a []int, comb func(a, b int) int, id int) *SegTree {
	n := 1
	for n < len(a) {
		n <<= 1
	}
	s := &SegTree{n: n, t: make([]int, 2*n), comb: comb, id: id}
	for i := range s.t {
		s.t[i] = id
	}
	copy(s.t[n:], a)
	for i := n - 1; i > 0; i-- {
		s.t[i] = comb(s.t[2*i], s.t[2*i+1])
	}
	return s
}

func (s *SegTree) Set(i, v int) {
	i += s.n
	s.t[i] = v
	for i >>= 1; i > 0; i >>= 1 {
		s.t[i] = s.comb(s.t[2*i], s.t[2*i+1])
	}
}

func (s *SegTree) Query(l, r int) int { // [l, r)
	resL, resR := s.id, s.id
	for l, r = l+s.n, r+s.n; l < r; l, r = l>>1, r>>1 {
		if l&1 == 1 {
			resL = s.comb(resL, s.t[l])
			l++
		}
		if r&1 == 1 {
			r--
			resR = s.comb(s.t[r], resR)
		}
	}
	return s.comb(resL, resR)
}

func main() {
	a := []int{5, 3, 8, 6, 1, 4, 7, 2, 9}
	f := make(Fenwick, len(a)+1)
	for i, v := range a {
		f.Add(i, int64(v))
	}
	fmt.Println(f.Range(0, 8), f.Range(2, 5), f.Prefix(3))
	f.Add(4, 10)
	fmt.Println(f.Range(2, 5))
	mn := NewSeg(a, func(x, y int) int { return min(x, y) }, 1<<62)
	mx := NewSeg(a, func(x, y int) int { return max(x, y) }, -1<<62)
	gcd := func(x, y int) int {
		for y != 0 {
			x, y = y, x%y
		}
		return x
	}
	g := NewSeg([]int{12, 18, 24, 36, 60}, gcd, 0)
	fmt.Println(mn.Query(0, 9), mn.Query(2, 4), mx.Query(0, 4), mx.Query(5, 9), g.Query(0, 5), g.Query(3, 5))
	mn.Set(4, 100)
	mx.Set(8, -5)
	fmt.Println(mn.Query(0, 9), mx.Query(0, 9), mn.Query(4, 5))
}
