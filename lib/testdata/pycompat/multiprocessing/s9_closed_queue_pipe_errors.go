package main

import (
	"fmt"
	"regexp"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func main() {
	multiprocessing.Main()
	q := multiprocessing.NewQueue()
	q.Close()
	strip := regexp.MustCompile(` at 0x[0-9a-f]+`)
	if _, err := q.GetNowait(); err != nil {
		fmt.Println(strip.ReplaceAllString(err.Error(), ""))
	}
	if err := q.Put(1); err != nil {
		fmt.Println(strip.ReplaceAllString(err.Error(), ""))
	}
	a, _ := multiprocessing.Pipe()
	a.Close()
	if err := a.Send(1); err != nil {
		fmt.Println(err)
	}
	if _, err := a.Recv(); err != nil {
		fmt.Println(err)
	}
}
