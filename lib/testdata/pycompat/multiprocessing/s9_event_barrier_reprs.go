package main

import (
	"fmt"
	"regexp"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func show(x any) {
	fmt.Println(regexp.MustCompile(` at 0x[0-9a-f]+`).ReplaceAllString(fmt.Sprint(x), ""))
}

func main() {
	multiprocessing.Main()
	e := multiprocessing.NewEvent()
	show(e)
	e.Set()
	show(e)
	b := multiprocessing.NewBarrier(2)
	show(b)
	b.Abort()
	show(b)
}
