package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5}
	fmt.Println(copy(s, s[1:]), s)
	s = []int{1, 2, 3, 4, 5}
	fmt.Println(copy(s[1:], s), s)
	fmt.Println(copy(s, []int{}), copy([]int{}, s))
	var b []byte
	b = append(b, "hello"...)
	b = append(b, ' ')
	b = append(b, []byte("world")...)
	fmt.Println(string(b), len(b))
	n := copy(b[6:], "WORLD!!")
	fmt.Println(n, string(b))
	x := make([]int, 0, 2)
	y := append(x, 1)
	z := append(x, 2)
	fmt.Println(y, z, &y[0] == &z[0])
	w := append(x[:0:0], 3)
	fmt.Println(w, len(x), cap(x))
	a := [5]int{1, 2, 3, 4, 5}
	sl := a[1:3]
	sl = append(sl, 99)
	fmt.Println(a, sl, cap(sl))
	sl = append(sl, 100, 101)
	sl[0] = -1
	fmt.Println(a, sl)
	var nilS []string
	nilS = append(nilS)
	fmt.Println(nilS == nil, len(append(nilS, nilS...)))
	m := [][]int{{1}, {2}}
	m2 := append([][]int(nil), m...)
	m2[0][0] = 100
	m2[1] = []int{200}
	fmt.Println(m, m2)
	r := []rune("héllo")
	r = append(r[:1], r[2:]...)
	fmt.Println(string(r))
	ins := []int{1, 2, 4}
	i := 2
	ins = append(ins[:i], append([]int{3}, ins[i:]...)...)
	fmt.Println(ins)
	del := []string{"a", "b", "c", "d"}
	del = del[:1+copy(del[1:], del[2:])]
	fmt.Println(del, len(del))
	rev := []int{1, 2, 3, 4}
	for l, r := 0, len(rev)-1; l < r; l, r = l+1, r-1 {
		rev[l], rev[r] = rev[r], rev[l]
	}
	fmt.Println(rev)
	big := make([]int, 3, 100)
	small := big[:2:2]
	small = append(small, 7)
	fmt.Println(big, small, cap(small) >= 3)
}
