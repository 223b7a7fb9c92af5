package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func worker() {
	fmt.Println("working")
}

func main() {
	t := &threading.Thread{Target: worker}
	t.Start()
	t.Join()
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println(r)
			}
		}()
		t.Start()
	}()
}
