package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func main() {
	multiprocessing.Main()
	a := multiprocessing.NewArray("i", []int{1, 2, 3})
	for _, i := range []int{3, 10} {
		try(func() { a.Get(i) })
	}
	try(func() { a.Set(5, 0) })
	fmt.Println(strings.ReplaceAll(fmt.Sprint(a.Slice()), " ", ", "), a.Len())
}

func try(f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(e)
		}
	}()
	f()
}
