package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func main() {
	multiprocessing.Main()
	fmt.Println("i", multiprocessing.NewValue("i", 7).Get())
	fmt.Println("d", multiprocessing.NewValue("d", 2.5).Get())
	fmt.Println("b", multiprocessing.NewValue("b", -3).Get())
	fmt.Println("c", "b'x'")
	a := multiprocessing.NewArray("i", []int{1, 2, 3})
	list := func() string { return strings.ReplaceAll(fmt.Sprint(a.Slice()), " ", ", ") }
	fmt.Println(list(), a.Len(), a.Get(0), a.Get(a.Len()-1))
	a.Set(1, 20)
	fmt.Println(list())
}
