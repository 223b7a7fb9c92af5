package main

import "fmt"

func AppendByte(slice []byte, data ...byte) []byte {
	m := len(slice)
	n := m + len(data)
	if n > cap(slice) {
		newSlice := make([]byte, (n+1)*2)
		copy(newSlice, slice)
		slice = newSlice
	}
	slice = slice[0:n]
	copy(slice[m:n], data)
	return slice
}

func Filter(s []int, fn func(int) bool) []int {
	var p []int
	for _, v := range s {
		if fn(v) {
			p = append(p, v)
		}
	}
	return p
}

func main() {
	letters := []string{"a", "b", "c", "d"}
	fmt.Println(letters, len(letters), cap(letters))
	var s []byte
	s = make([]byte, 5, 5)
	fmt.Println(s, len(s), cap(s))
	b := []byte{'g', 'o', 'l', 'a', 'n', 'g'}
	fmt.Println(string(b[1:4]), string(b[:2]), string(b[2:]), string(b[:]))
	x := [3]string{"Лайка", "Белка", "Стрелка"}
	sl := x[:]
	fmt.Println(sl, len(sl))
	s = make([]byte, 5)
	s = s[2:4]
	fmt.Println(len(s), cap(s))
	s = s[:cap(s)]
	fmt.Println(len(s), cap(s))
	d := []byte{'r', 'o', 'a', 'd'}
	e := d[2:]
	e[1] = 'm'
	fmt.Println(string(d), string(e))
	t := make([]byte, len(s), (cap(s)+1)*2)
	copy(t, s)
	fmt.Println(len(t), cap(t))
	p := []byte{2, 3, 5}
	p = AppendByte(p, 7, 11, 13)
	fmt.Println(p, len(p), cap(p))
	a := make([]int, 1)
	a = append(a, 1, 2, 3)
	fmt.Println(a)
	aa := []string{"John", "Paul"}
	bb := []string{"George", "Ringo", "Pete"}
	aa = append(aa, bb...)
	fmt.Println(aa)
	fmt.Println(Filter([]int{1, 2, 3, 4, 5, 6}, func(n int) bool { return n%3 == 0 }))
	base := []int{0, 1, 2, 3, 4}
	s1 := base[1:3]
	s2 := append(s1, 99)
	fmt.Println(base, s1, s2)
	s3 := base[1:3:3]
	s4 := append(s3, 100)
	fmt.Println(base, s3, s4, cap(s3))
	arr := [5]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 9
	fmt.Println(arr, arr2, arr == arr2)
	var ns []int
	fmt.Println(ns == nil, len(ns), ns)
	ns = append(ns, 1)
	fmt.Println(ns)
}
