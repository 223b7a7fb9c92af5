package main

import (
	"fmt"
	"strings"
)

func bottles(n int) string {
	switch n {
	case 0:
		return "No more bottles"
	case 1:
		return "1 bottle"
	}
	return fmt.Sprintf("%d bottles", n)
}

func main() {
	var doors [100]bool
	for pass := 1; pass <= 100; pass++ {
		for d := pass - 1; d < 100; d += pass {
			doors[d] = !doors[d]
		}
	}
	var open []int
	for i, o := range doors {
		if o {
			open = append(open, i+1)
		}
	}
	fmt.Println(open)
	for i := 3; i > 0; i-- {
		fmt.Printf("%s of beer on the wall\n", bottles(i))
		fmt.Printf("%s of beer\n", bottles(i))
		fmt.Println("Take one down, pass it around")
		fmt.Printf("%s of beer on the wall\n\n", strings.ToLower(bottles(i - 1))[:1]+bottles(i - 1)[1:])
	}
}
