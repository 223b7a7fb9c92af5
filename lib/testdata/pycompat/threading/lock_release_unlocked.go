package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var lock threading.Lock
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println(r)
			}
		}()
		lock.Release()
	}()
}
