package main

import "fmt"

func count(yield func(int)) {
	for i := 0; i < 3; i++ {
		yield(i)
	}
}

func main() {
	for x := range count {
		fmt.Println(x)
	}
}
