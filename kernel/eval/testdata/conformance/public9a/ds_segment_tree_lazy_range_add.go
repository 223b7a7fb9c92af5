package main

import "fmt"

type Lazy struct {
	n   int
	sum []int64
	add []int64
	mx  []int64
}

func NewLazy(a []int64) *Lazy {
	n := len(a)
	t := &Lazy{n, make([]int64, 4*n), make([]int64, 4*n), make([]int64, 4*n)}
	var build func(node, l, r int)
	build = func(node, l, r int) {
		if l == r {
			t.sum[node], t.mx[node] = a[l], a[l]
			return
		}
		m := (l + r) / 2
		build(2*node, l, m)
		build(2*node+1, m+1, r)
		t.pull(node)
	}
	build(1, 0, n-1)
	return t
}

func (t *Lazy) pull(node int) {
	t.sum[node] = t.sum[2*node] + t.sum[2*node+1]
	t.mx[node] = max(t.mx[2*node], t.mx[2*node+1])
}

func (t *Lazy) apply(node, l, r int, v int64) {
	t.sum[node] += v * int64(r-l+1)
	t.mx[node] += v
	t.add[node] += v
}

func (t *Lazy) push(node, l, r int) {
	if t.add[node] != 0 {
		m := (l + r) / 2
		t.apply(2*node, l, m, t.add[node])
		t.apply(2*node+1, m+1, r, t.add[node])
		t.add[node] = 0
	}
}

func (t *Lazy) Add(ql, qr int, v int64) { t.update(1, 0, t.n-1, ql, qr, v) }

func (t *Lazy) update(node, l, r, ql, qr int, v int64) {
	if qr < l || r < ql {
		return
	}
	if ql <= l && r <= qr {
		t.apply(node, l, r, v)
		return
	}
	t.push(node, l, r)
	m := (l + r) / 2
	t.update(2*node, l, m, ql, qr, v)
	t.update(2*node+1, m+1, r, ql, qr, v)
	t.pull(node)
}

func (t *Lazy) Query(ql, qr int) (sum, mx int64) {
	return t.query(1, 0, t.n-1, ql, qr)
}

func (t *Lazy) query(node, l, r, ql, qr int) (int64, int64) {
	if qr < l || r < ql {
		return 0, -1 << 62
	}
	if ql <= l && r <= qr {
		return t.sum[node], t.mx[node]
	}
	t.push(node, l, r)
	m := (l + r) / 2
	s1, m1 := t.query(2*node, l, m, ql, qr)
	s2, m2 := t.query(2*node+1, m+1, r, ql, qr)
	return s1 + s2, max(m1, m2)
}

func main() {
	a := []int64{5, 8, 6, 3, 2, 7, 2, 6}
	naive := append([]int64(nil), a...)
	t := NewLazy(a)
	ops := [][4]int64{{1, 2, 5, 10}, {0, 0, 7, 0}, {1, 0, 3, -4}, {0, 2, 4, 0}, {1, 7, 7, 100}, {0, 5, 7, 0}, {0, 0, 0, 0}}
	for _, op := range ops {
		l, r := int(op[1]), int(op[2])
		if op[0] == 1 {
			t.Add(l, r, op[3])
			for i := l; i <= r; i++ {
				naive[i] += op[3]
			}
			continue
		}
		s, m := t.Query(l, r)
		var ns, nm int64 = 0, -1 << 62
		for i := l; i <= r; i++ {
			ns += naive[i]
			nm = max(nm, naive[i])
		}
		fmt.Printf("[%d,%d] sum=%d max=%d ok=%v\n", l, r, s, m, s == ns && m == nm)
	}
}
