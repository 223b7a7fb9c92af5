package main

import (
	"crypto/sha256"
	"fmt"
)

func reverse(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func reverseArr(p *[6]int) {
	for i, j := 0, len(p)-1; i < j; i, j = i+1, j-1 {
		p[i], p[j] = p[j], p[i]
	}
}

func rotate(s []int, k int) []int {
	k %= len(s)
	return append(s[k:], s[:k]...)
}

func nonempty(strings []string) []string {
	out := strings[:0]
	for _, s := range strings {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

func dedupAdjacent(s []string) []string {
	if len(s) == 0 {
		return s
	}
	j := 0
	for i := 1; i < len(s); i++ {
		if s[i] != s[j] {
			j++
			s[j] = s[i]
		}
	}
	return s[:j+1]
}

func remove(slice []int, i int) []int {
	copy(slice[i:], slice[i+1:])
	return slice[:len(slice)-1]
}

func appendInt(x []int, y int) []int {
	var z []int
	zlen := len(x) + 1
	if zlen <= cap(x) {
		z = x[:zlen]
	} else {
		zcap := zlen
		if zcap < 2*len(x) {
			zcap = 2 * len(x)
		}
		z = make([]int, zlen, zcap)
		copy(z, x)
	}
	z[len(x)] = y
	return z
}

type Currency int

const (
	USD Currency = iota
	EUR
	GBP
	RMB
)

func bitDiff(a, b [32]byte) int {
	n := 0
	for i := range a {
		x := a[i] ^ b[i]
		for x != 0 {
			n++
			x &= x - 1
		}
	}
	return n
}

func main() {
	a := [...]int{0, 1, 2, 3, 4, 5}
	reverse(a[:])
	fmt.Println(a)
	reverseArr(&a)
	fmt.Println(a)
	s := []int{0, 1, 2, 3, 4, 5}
	reverse(s[:2])
	reverse(s[2:])
	reverse(s)
	fmt.Println(s)
	fmt.Println(rotate([]int{1, 2, 3, 4, 5}, 7))
	symbol := [...]string{USD: "$", EUR: "€", GBP: "£", RMB: "¥"}
	fmt.Println(RMB, symbol[RMB], len(symbol))
	r := [...]int{99: -1}
	fmt.Println(len(r), r[99], r[0])
	fmt.Println([2]int{1, 2} == [...]int{1, 2}, [2]int{1, 2} != [2]int{1, 3})
	c1 := sha256.Sum256([]byte("x"))
	c2 := sha256.Sum256([]byte("X"))
	fmt.Printf("%x\n%x\n%t %T %d\n", c1[:8], c2[:8], c1 == c2, c1, bitDiff(c1, c2))
	data := []string{"one", "", "three", "", ""}
	fmt.Printf("%q\n", nonempty(data))
	fmt.Printf("%q\n", data)
	fmt.Printf("%q\n", dedupAdjacent([]string{"a", "a", "b", "b", "b", "a", "c", "c"}))
	fmt.Println(remove([]int{5, 6, 7, 8, 9}, 2))
	var x, y []int
	for i := 0; i < 10; i++ {
		y = appendInt(x, i)
		fmt.Printf("%d cap=%d\t%v\n", i, cap(y), y)
		x = y
	}
	var z []int
	caps := []int{}
	for i := 0; i < 20; i++ {
		z = append(z, i)
		if len(caps) == 0 || caps[len(caps)-1] != cap(z) {
			caps = append(caps, cap(z))
		}
	}
	fmt.Println(caps, z[:3])
	var nilS []int
	fmt.Println(nilS == nil, len(nilS), []int{} == nil, nilS[:0] == nil)
}
