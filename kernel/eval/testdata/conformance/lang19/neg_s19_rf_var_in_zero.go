package main

import "fmt"

func each(yield func() bool) {
	yield()
}

func main() {
	for x := range each {
		fmt.Println(x)
	}
}
