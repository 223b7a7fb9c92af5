package main

import (
	"errors"
	"fmt"
)

func find(ok bool) (*int, []int, map[int]int, chan int, func(), error, any) {
	if ok {
		n := 1
		return &n, []int{1}, map[int]int{}, make(chan int), func() {}, errors.New("e"), 1
	}
	return nil, nil, nil, nil, nil, nil, nil
}

func main() {
	p, s, m, c, f, e, a := find(false)
	fmt.Println(p == nil, s == nil, m == nil, c == nil, f == nil, e == nil, a == nil)
	p, s, m, c, f, e, a = find(true)
	fmt.Println(p == nil, s == nil, m == nil, c == nil, f == nil, e == nil, a == nil)
	var ip *int
	var x any = ip
	fmt.Println(x == nil, x.(*int) == nil)
}
