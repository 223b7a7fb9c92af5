package main

import (
	"fmt"
	"regexp"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func main() {
	multiprocessing.Main()
	r := multiprocessing.NewRLock()
	fmt.Println(r)
	r.Acquire()
	fmt.Println(regexp.MustCompile(`\d+`).ReplaceAllString(r.String(), "N"))
	r.Release()
	c := multiprocessing.NewCondition(multiprocessing.NewLock())
	fmt.Println(c)
}
