package main

import (
	"bytes"
	"fmt"
)

var buffer [256]byte

func AddOneToEachElement(slice []byte) {
	for i := range slice {
		slice[i]++
	}
}

func SubtractOneFromLength(slice []byte) []byte {
	slice = slice[0 : len(slice)-1]
	return slice
}

type path []byte

func (p *path) TruncateAtFinalSlash() {
	i := bytes.LastIndex(*p, []byte("/"))
	if i >= 0 {
		*p = (*p)[0:i]
	}
}

func (p path) ToUpper() {
	for i, b := range p {
		if 'a' <= b && b <= 'z' {
			p[i] = b + 'A' - 'a'
		}
	}
}

func Extend(slice []int, element int) []int {
	n := len(slice)
	if n == cap(slice) {
		newSlice := make([]int, len(slice), 2*len(slice)+1)
		copy(newSlice, slice)
		slice = newSlice
	}
	slice = slice[0 : n+1]
	slice[n] = element
	return slice
}

func Append(slice []int, items ...int) []int {
	for _, item := range items {
		slice = Extend(slice, item)
	}
	return slice
}

func Insert(slice []int, index, value int) []int {
	slice = slice[0 : len(slice)+1]
	copy(slice[index+1:], slice[index:])
	slice[index] = value
	return slice
}

func main() {
	slice := buffer[10:20]
	for i := 0; i < len(slice); i++ {
		slice[i] = byte(i)
	}
	fmt.Println("before", slice)
	AddOneToEachElement(slice)
	fmt.Println("after", slice)
	fmt.Println("Before: len(slice) =", len(slice))
	newSlice := SubtractOneFromLength(slice)
	fmt.Println("After:  len(slice) =", len(slice))
	fmt.Println("After:  len(newSlice) =", len(newSlice))
	fmt.Println(buffer[9:21])

	pathName := path("/usr/bin/tso")
	pathName.TruncateAtFinalSlash()
	pathName.ToUpper()
	fmt.Printf("%s\n", pathName)

	var iBuffer [10]int
	s := iBuffer[0:0]
	for i := 0; i < 20; i++ {
		s = Extend(s, i)
		fmt.Println(len(s), cap(s), &s[0] == &iBuffer[0])
	}
	s2 := []int{0, 1, 2, 3, 4}
	s2 = Append(s2, 5, 6, 7, 8)
	fmt.Println(s2, len(s2), cap(s2))
	s3 := make([]int, 10, 20)
	for i := range s3 {
		s3[i] = i
	}
	s3 = Insert(s3, 5, 99)
	fmt.Println(s3)
	a := []int{1, 2, 3}
	b := append(a[:1], 10)
	fmt.Println(a, b, len(a[:1:1]), cap(a[1:2:3]))
	c := append([]int(nil), a...)
	c[0] = 100
	fmt.Println(a, c)
	slice2 := make([]int, 0, 5)
	slice2 = append(slice2, 1, 2)
	x := append(slice2, 3)
	y := append(slice2, 4)
	fmt.Println(x, y)
	var str = "hello"
	bs := append([]byte("say "), str...)
	fmt.Println(string(bs), string(str[1:3]), len(str[:0]))
	var nilS []int
	emptyS := []int{}
	fmt.Println(nilS == nil, emptyS == nil, len(nilS), append(nilS, emptyS...) == nil)
}
