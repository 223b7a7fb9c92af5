package main

import "fmt"

func main() {
	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5)
	fmt.Println(a, b, c, len(a), cap(b))
	d := []int{1, 2, 3}
	e := append(d, 4)
	f := append(d, 5)
	fmt.Println(d, e, f)
	s := []int{0, 1, 2, 3, 4, 5}
	t := s[1:3]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 100)
	fmt.Println(s)
	u := s[1:3:3]
	u = append(u, 200)
	fmt.Println(s, u)
	dst := make([]int, 2)
	n := copy(dst, s)
	fmt.Println(n, dst)
	n = copy(s[2:], s)
	fmt.Println(n, s)
	bs := make([]byte, 3)
	n = copy(bs, "héllo")
	fmt.Println(n, bs)
	var nilS []int
	fmt.Println(nilS == nil, len(nilS), append(nilS, 1), nilS[:0] == nil)
	empty := []int{}
	fmt.Println(empty == nil, len(empty))
	orig := []string{"a", "b", "c", "d"}
	del := append(orig[:1], orig[2:]...)
	fmt.Println(del, orig)
	ins := []int{1, 2, 5}
	ins = append(ins[:2], append([]int{3, 4}, ins[2:]...)...)
	fmt.Println(ins)
	mat := make([][]int, 2)
	row := []int{0, 0}
	for i := range mat {
		mat[i] = row
	}
	mat[0][0] = 9
	fmt.Println(mat)
	arr := [3]int{1, 2, 3}
	sl := arr[:]
	sl[0] = 10
	arr2 := arr
	arr2[1] = 20
	fmt.Println(arr, arr2, sl)
	grow := []int{}
	caps := map[int]bool{}
	for i := 0; i < 100; i++ {
		grow = append(grow, i)
		caps[cap(grow)] = true
	}
	fmt.Println(len(grow), cap(grow) >= 100)
}
