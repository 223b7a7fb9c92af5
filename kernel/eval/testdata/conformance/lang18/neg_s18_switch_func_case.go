package main

import "fmt"

func main() {
	f := func() {}
	g := func() {}
	switch f {
	case g:
		fmt.Println("same")
	}
}
