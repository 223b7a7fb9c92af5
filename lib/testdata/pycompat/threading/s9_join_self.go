package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

var out []string

func worker() {
	defer func() {
		if e := recover(); e != nil {
			out = append(out, fmt.Sprint(e))
		}
	}()
	threading.CurrentThread().Join()
}

func main() {
	t := &threading.Thread{Target: worker}
	t.Start()
	t.Join()
	fmt.Println(out[0])
}
