package main

import (
	"fmt"
	"io"
	"strings"
)

type MySlice []int
type MyMap map[string]int
type MyFunc func(int) int
type MyChan chan int
type Celsius float64

func sum(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func apply(f func(int) int, v int) int { return f(v) }

func main() {
	ms := MySlice{1, 2, 3}
	fmt.Println(sum(ms))
	var raw []int = ms
	fmt.Println(raw)
	var mm MyMap = map[string]int{"a": 1}
	fmt.Println(mm)
	var mf MyFunc = func(x int) int { return x * 3 }
	fmt.Println(apply(mf, 2))
	var bidir = make(chan int, 1)
	var mc MyChan = bidir
	var recvOnly <-chan int = mc
	mc <- 5
	fmt.Println(<-recvOnly)
	var r io.Reader = strings.NewReader("x")
	var rw interface{} = r
	fmt.Printf("%T\n", rw)
	var c Celsius = 36.6
	f := float64(c) * 9 / 5
	fmt.Println(f + 32)
	var e interface{ Error() string } = fmt.Errorf("err")
	var err error = e
	fmt.Println(err)
	var anyv any = nil
	fmt.Println(anyv == nil)
}
