package main

import "fmt"

func main() {
	f := func() {
		goto out
	}
	f()
out:
	fmt.Println("out")
}
