package main

import "fmt"

func f() {
	for {
		break done
	}
	fmt.Println()
}

func main() {
	f()
}
