package main

import "fmt"

func main() {
	a := [5]int{1, 2, 3, 4, 5}
	s := a[1:4]
	fmt.Println(s, len(s), cap(s))
	fmt.Println(a[2:], a[:3], a[:])
	var arr [10]int
	s1 := arr[2:5:7]
	fmt.Println(len(s1), cap(s1))
	// From the spec: a slice of a slice shares the underlying array.
	var aa [10]int
	s2 := aa[1:4]
	s3 := s2[2:8] // up to cap
	s3[0] = 9
	fmt.Println(len(s3), cap(s3), aa)
	str := "hello, world"
	fmt.Println(str[7:], str[:5], str[2:2] == "")
	var ps = &a
	fmt.Println(ps[:2], len(ps[3:]))
	var sl []int
	fmt.Println(sl[:] == nil, sl[0:0] == nil, a[0:0] == nil)
	type Bytes []byte
	bs := Bytes("abcdef")
	t := bs[1:3]
	fmt.Printf("%T %s\n", t, t)
	st := "héllo"[1:3]
	fmt.Printf("%T %q\n", st, st)
}
