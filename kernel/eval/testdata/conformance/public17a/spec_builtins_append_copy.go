package main

import "fmt"

func main() {
	s0 := []int{0, 0}
	s1 := append(s0, 2)
	s2 := append(s1, 3, 5, 7)
	s3 := append(s2, s0...)
	s4 := append(s3[3:6], s3[2:]...)
	fmt.Println(s0, s1, s2, s3, s4)
	var t []interface{}
	t = append(t, 42, 3.1415, "foo")
	fmt.Println(t)
	var b []byte
	b = append(b, "bar"...)
	fmt.Println(string(b))
	var a = [...]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := make([]int, 6)
	n1 := copy(s, a[0:])
	n2 := copy(s, s[2:])
	fmt.Println(n1, n2, s)
	bb := make([]byte, 5)
	n3 := copy(bb, "Hello, World!")
	fmt.Println(n3, string(bb))
	p := new(int)
	*p = 3
	fmt.Println(*p, cap(make([]int, 2, 10)), len(make(map[int]int, 100)))
	c := make(chan string, 4)
	c <- "x"
	fmt.Println(len(c), cap(c))
}
