package main

import "fmt"

func main() {
	i := 0
loop:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto loop
	}
	fmt.Println()
	// Jumping forward over no declarations is fine; a declaration after the
	// label's block is fine too.
	n := 3
	if n > 2 {
		goto done
	}
	fmt.Println("skipped")
done:
	x := n * 2
	fmt.Println("done", x)
}
